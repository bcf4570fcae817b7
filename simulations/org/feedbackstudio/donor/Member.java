package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One agent of the society: who it is, the strategy it follows for life, and whose strategy it copied.
 * Immutable; what changes during a game (resources, scores) lives in the simulation's arrays.
 *
 * @param born      the generation it joined (1-based)
 * @param number    its number among the agents born in that generation (1-based)
 * @param name      "born_number", as in the paper ("1_3")
 * @param strategy  the strategy it follows
 * @param parent    the survivor whose strategy it copied, or null (first generation, fixed mode, models)
 * @param ancestors the length of its lineage: 0 without a parent, else the parent's plus one
 */
public record Member(int born, int number, String name, Strategy strategy, Member parent, int ancestors) {

    public Member {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
    }

    public static Member of(int born, int number, Strategy strategy, Member parent) {
        return new Member(born, number, born + "_" + number, strategy, parent,
                parent == null ? 0 : parent.ancestors() + 1);
    }

    /** Names of its ancestors, parent first, at most {@code limit} of them. */
    public List<String> lineage(int limit) {
        List<String> names = new ArrayList<>();
        for (Member m = parent; m != null && names.size() < limit; m = m.parent()) {
            names.add(m.name());
        }
        return List.copyOf(names);
    }

    /**
     * Within a run an agent is identified by when it was born and its number. Comparing the lineage
     * component by component would walk chains thousands of generations long.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && m.born == born && m.number == number;
    }

    @Override
    public int hashCode() {
        return 31 * born + number;
    }

    @Override
    public String toString() {
        return name;
    }
}
