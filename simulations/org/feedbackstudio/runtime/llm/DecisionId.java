package org.feedbackstudio.runtime.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which decision of which run a question serves: the run's seed and where the decision stands in it
 * ({@code generation=3}, {@code round=5}, {@code agent=3_2}, {@code kind=donation}), and the attempt (a
 * re-ask is a new attempt). Part of the cache key, so that two decisions with identical prompts still get
 * independent answers, and a run asked again gets each decision's own answer back.
 *
 * @param seed        the run's root seed
 * @param coordinates name=value pairs, in a fixed order the simulator chooses
 * @param attempt     0 for the first asking, 1 for the first re-ask, …
 */
public record DecisionId(long seed, List<String> coordinates, int attempt) {
    public DecisionId {
        coordinates = List.copyOf(coordinates);
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0");
        }
    }

    /** A first attempt from alternating names and values: {@code of(seed, "generation", 3, "agent", "1_2")}. */
    public static DecisionId of(long seed, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<String> c = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            c.add(Objects.requireNonNull(namesAndValues[i], "name") + "=" + namesAndValues[i + 1]);
        }
        return new DecisionId(seed, c, 0);
    }

    public DecisionId attempt(int n) {
        return new DecisionId(seed, coordinates, n);
    }

    /** "seed=7 generation=3 round=5 agent=3_2 kind=donation attempt=0". */
    @Override
    public String toString() {
        return "seed=" + seed + " " + String.join(" ", coordinates) + " attempt=" + attempt;
    }
}
