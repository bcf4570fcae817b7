package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Every agent, first or newcomer, follows one given strategy: for teaching and for checking the game
 * against hand-computed results. Selection still happens; it just cannot change anything.
 */
public final class FixedStrategies implements StrategyWriter {
    private final Strategy strategy;

    public FixedStrategies(Strategy strategy) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    public Strategy strategy() {
        return strategy;
    }

    @Override
    public List<Strategy> firstGeneration(int count) {
        return Collections.nCopies(count, strategy);
    }

    @Override
    public List<Inheritance> newcomers(List<Survivor> survivors, boolean scoresShown, int count, int generation) {
        List<Inheritance> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Inheritance(strategy, -1));
        }
        return out;
    }
}
