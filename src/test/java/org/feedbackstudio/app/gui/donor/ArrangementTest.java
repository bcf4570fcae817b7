package org.feedbackstudio.app.gui.donor;

import org.feedbackstudio.donor.AgentTile;
import org.feedbackstudio.donor.DonorSnapshot;
import org.feedbackstudio.donor.RuleStrategy;
import org.feedbackstudio.donor.WrittenStrategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ArrangementTest {

    /** An agent in seat {@code seat} named born_number with the given generosity (NaN: a written strategy). */
    static AgentTile agent(int seat, int born, int number, double generosity, double resources, int rank) {
        return new AgentTile(seat, born + "_" + number, born,
                Double.isNaN(generosity) ? new WrittenStrategy("My strategy will be to wait and see.")
                        : RuleStrategy.unconditional(generosity),
                resources, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, rank, rank > 0 && rank <= 2, null,
                List.of(), 0, null);
    }

    static DonorSnapshot snapshot(int generation, List<AgentTile> agents) {
        return new DonorSnapshot(10, generation, 1, 10, 12, 10, false, "paper", "built-in agents", agents.size() / 2,
                20, agents, List.of(), Collections.nCopies(20, 0), 0);
    }

    // Generation 3: 1_2 and 2_5 survived earlier selections; 3_1, 3_2 are newcomers. Seats 0-1 are half A.
    private final List<AgentTile> agents = List.of(
            agent(0, 3, 2, 0.40, 50, 0),
            agent(1, 1, 2, 0.90, 20, 0),
            agent(2, 2, 5, 0.10, 80, 0),
            agent(3, 3, 1, Double.NaN, 30, 0));

    @Test
    void survivorsComeBeforeNewcomersEachMostGenerousFirst() {
        Arrangement a = Arrangement.of(snapshot(3, agents), Arrangement.Grouping.BIRTH, Arrangement.Order.COLOUR,
                Arrangement.Colouring.GENEROSITY);
        assertEquals(List.of("Survivors of earlier generations · 2", "Newcomers of generation 3 · 2"), a.headings());
        assertArrayEquals(new int[] {1, 2}, a.members().get(0), "1_2 (90%) before 2_5 (10%)");
        assertArrayEquals(new int[] {0, 3}, a.members().get(1), "a written strategy (unknown generosity) comes last");
        assertEquals(4, a.size());
        assertEquals(List.of(2, 2), a.counts());
        assertEquals(2, a.agentAt(1));
        assertEquals(0, a.agentAt(2));
    }

    @Test
    void theFirstGenerationIsOneGroup() {
        List<AgentTile> first = List.of(agent(0, 1, 1, 0.5, 10, 0), agent(1, 1, 2, 0.5, 10, 0));
        Arrangement a = Arrangement.of(snapshot(1, first), Arrangement.Grouping.BIRTH, Arrangement.Order.NAME,
                Arrangement.Colouring.GENEROSITY);
        assertEquals(List.of("First generation · 2"), a.headings());
        assertArrayEquals(new int[] {0, 1}, a.members().get(0));
    }

    @Test
    void halvesFollowTheSeats() {
        Arrangement a = Arrangement.of(snapshot(3, agents), Arrangement.Grouping.HALF, Arrangement.Order.SEAT,
                Arrangement.Colouring.GENEROSITY);
        assertEquals(List.of("Half A (seats 1–2) · 2", "Half B (seats 3–4) · 2"), a.headings());
        assertArrayEquals(new int[] {0, 1}, a.members().get(0));
        assertArrayEquals(new int[] {2, 3}, a.members().get(1));
    }

    @Test
    void scoreOrderUsesTheRankOnceKnownAndTheResourcesBefore() {
        Arrangement during = Arrangement.of(snapshot(3, agents), Arrangement.Grouping.NONE, Arrangement.Order.SCORE,
                Arrangement.Colouring.GENEROSITY);
        assertArrayEquals(new int[] {2, 0, 3, 1}, during.members().get(0), "resources 80, 50, 30, 20");
        List<AgentTile> ranked = new ArrayList<>();
        int[] ranks = {2, 4, 1, 3};
        for (int i = 0; i < agents.size(); i++) {
            AgentTile t = agents.get(i);
            ranked.add(agent(t.seat(), t.born(), Arrangement.number(t), t.strategy().generosity(), t.resources(),
                    ranks[i]));
        }
        Arrangement after = Arrangement.of(snapshot(3, ranked), Arrangement.Grouping.NONE, Arrangement.Order.SCORE,
                Arrangement.Colouring.GENEROSITY);
        assertArrayEquals(new int[] {2, 0, 3, 1}, after.members().get(0), "ranks 1, 2, 3, 4");
    }

    @Test
    void nameOrderIsBirthThenNumber() {
        Arrangement a = Arrangement.of(snapshot(3, agents), Arrangement.Grouping.NONE, Arrangement.Order.NAME,
                Arrangement.Colouring.GENEROSITY);
        assertArrayEquals(new int[] {1, 2, 3, 0}, a.members().get(0), "1_2, 2_5, 3_1, 3_2");
    }

    @Test
    void colouringByWhatWasGivenReadsTheMeanDonation() {
        AgentTile t = new AgentTile(0, "1_1", 1, RuleStrategy.unconditional(0.8), 10, 0.35, 4, Double.NaN,
                Double.NaN, Double.NaN, 0, false, null, List.of(), 0, null);
        assertEquals(0.8, Arrangement.Colouring.GENEROSITY.value(t));
        assertEquals(0.35, Arrangement.Colouring.GIVEN.value(t));
    }
}
