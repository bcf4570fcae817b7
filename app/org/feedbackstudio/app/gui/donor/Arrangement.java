package org.feedbackstudio.app.gui.donor;

import org.feedbackstudio.donor.AgentTile;
import org.feedbackstudio.donor.DonorSnapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * How the population view groups and orders a snapshot's agents: the groups' headings and, per group,
 * indices into {@link DonorSnapshot#agents()} in drawing order. Empty groups are left out.
 *
 * @param headings one heading per group
 * @param members  one array of agent indices per group
 */
record Arrangement(List<String> headings, List<int[]> members) {

    /** Which agents are drawn together. */
    enum Grouping {
        BIRTH("Survivors | newcomers"),
        HALF("Half A | half B"),
        NONE("One block");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The order within a group. */
    enum Order {
        COLOUR("Most generous first"),
        SCORE("Best score first"),
        NAME("Name"),
        SEAT("Seat");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What a tile's colour says. */
    enum Colouring {
        GENEROSITY("Generosity (its strategy)"),
        GIVEN("Share it gave (this generation)");

        private final String label;

        Colouring(String label) {
            this.label = label;
        }

        /** The value coloured, 0 to 1, or NaN when it is not known. */
        double value(AgentTile tile) {
            return this == GENEROSITY ? tile.strategy().generosity() : tile.meanDonation();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    Arrangement {
        headings = List.copyOf(headings);
        members = List.copyOf(members);
        if (headings.size() != members.size()) {
            throw new IllegalArgumentException(headings.size() + " headings for " + members.size() + " groups");
        }
    }

    /** Agents drawn, over all groups. */
    int size() {
        int n = 0;
        for (int[] m : members) {
            n += m.length;
        }
        return n;
    }

    /** Tiles per group, for {@link TileLayout}. */
    List<Integer> counts() {
        return members.stream().map(m -> m.length).toList();
    }

    /** The agent index drawn at position {@code p} (positions run group after group). */
    int agentAt(int p) {
        for (int[] m : members) {
            if (p < m.length) {
                return m[p];
            }
            p -= m.length;
        }
        throw new IndexOutOfBoundsException("position beyond the " + size() + " agents");
    }

    static Arrangement of(DonorSnapshot snapshot, Grouping grouping, Order order, Colouring colouring) {
        List<AgentTile> agents = snapshot.agents();
        int n = agents.size();
        List<String> headings = new ArrayList<>();
        List<int[]> members = new ArrayList<>();
        switch (grouping) {
            case BIRTH -> {
                int generation = snapshot.generation();
                int[] old = select(agents, t -> t.born() < generation);
                int[] fresh = select(agents, t -> t.born() >= generation);
                add(headings, members, "Survivors of earlier generations", old);
                add(headings, members, generation == 1 ? "First generation" : "Newcomers of generation "
                        + generation, fresh);
            }
            case HALF -> {
                int half = n / 2;
                add(headings, members, "Half A (seats 1–" + half + ")", select(agents, t -> t.seat() < half));
                add(headings, members, "Half B (seats " + (half + 1) + "–" + n + ")",
                        select(agents, t -> t.seat() >= half));
            }
            case NONE -> add(headings, members, "All agents", select(agents, t -> true));
            default -> throw new AssertionError(grouping);
        }
        Comparator<AgentTile> comparator = comparator(order, colouring);
        for (int[] m : members) {
            sort(m, agents, comparator);
        }
        return new Arrangement(headings, members);
    }

    private static void add(List<String> headings, List<int[]> members, String title, int[] group) {
        if (group.length > 0) {
            headings.add(title + " · " + String.format(Locale.ROOT, "%,d", group.length));
            members.add(group);
        }
    }

    private static int[] select(List<AgentTile> agents, Predicate<AgentTile> keep) {
        int[] out = new int[agents.size()];
        int k = 0;
        for (int i = 0; i < agents.size(); i++) {
            if (keep.test(agents.get(i))) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static void sort(int[] indices, List<AgentTile> agents, Comparator<AgentTile> comparator) {
        Integer[] boxed = Arrays.stream(indices).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> comparator.compare(agents.get(a), agents.get(b)));
        for (int i = 0; i < boxed.length; i++) {
            indices[i] = boxed[i];
        }
    }

    /** Birth order: earlier generation first, then lower number — the studio's tie rule too. */
    static final Comparator<AgentTile> BY_NAME = Comparator.comparingInt(AgentTile::born)
            .thenComparingInt(Arrangement::number);

    static Comparator<AgentTile> comparator(Order order, Colouring colouring) {
        return switch (order) {
            // Most generous first; unknown values last.
            case COLOUR -> Comparator.<AgentTile>comparingDouble(t -> unknownLast(colouring.value(t))).thenComparing(BY_NAME);
            // The final rank once the generation has ended, else the resources held now.
            case SCORE -> Comparator.<AgentTile>comparingInt(t -> t.rank() > 0 ? t.rank() : Integer.MAX_VALUE)
                    .thenComparingDouble(t -> -t.resources()).thenComparing(BY_NAME);
            case NAME -> BY_NAME;
            case SEAT -> Comparator.comparingInt(AgentTile::seat);
        };
    }

    private static double unknownLast(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : -value;
    }

    /** The number after the underscore of a name like "3_12" (0 if the name has another form). */
    static int number(AgentTile tile) {
        String name = tile.name();
        int at = name.indexOf('_');
        try {
            return at < 0 ? 0 : Integer.parseInt(name.substring(at + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
