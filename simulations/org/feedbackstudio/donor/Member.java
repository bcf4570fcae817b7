package org.feedbackstudio.donor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One agent of the society: who it is, the strategy it follows for life, and whose strategy it copied.
 * Immutable; what changes during a game (resources, scores) lives in the simulation's arrays. Its name,
 * "born_number" as in the paper ("1_3"), is built when first asked for: a generation seats hundreds of
 * newcomers, and most are never named unless someone watches.
 */
public final class Member {
    private final int born;
    private final int number;
    private final Strategy strategy;
    private final Member parent;
    private final int ancestors;
    private String name;

    private Member(int born, int number, Strategy strategy, Member parent) {
        this.born = born;
        this.number = number;
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.parent = parent;
        this.ancestors = parent == null ? 0 : parent.ancestors + 1;
    }

    /**
     * @param born     the generation it joined (1-based)
     * @param number   its number among the agents born in that generation (1-based)
     * @param strategy the strategy it follows
     * @param parent   the survivor whose strategy it copied, or null (first generation, fixed mode, models)
     */
    public static Member of(int born, int number, Strategy strategy, Member parent) {
        return new Member(born, number, strategy, parent);
    }

    /** The generation it joined (1-based). */
    public int born() {
        return born;
    }

    /** Its number among the agents born in that generation (1-based). */
    public int number() {
        return number;
    }

    /** "born_number", as in the paper ("1_3"). */
    public String name() {
        String n = name;
        if (n == null) { // a benign race: every thread builds the same string
            n = born + "_" + number;
            name = n;
        }
        return n;
    }

    public Strategy strategy() {
        return strategy;
    }

    /** The survivor whose strategy it copied, or null. */
    public Member parent() {
        return parent;
    }

    /** The length of its lineage: 0 without a parent, else the parent's plus one. */
    public int ancestors() {
        return ancestors;
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
        return name();
    }
}
