package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.negotiation.Evidence;
import org.feedbackstudio.negotiation.Feedback;
import org.feedbackstudio.negotiation.GameRecord;
import org.feedbackstudio.negotiation.GameResult;
import org.feedbackstudio.negotiation.Knob;
import org.feedbackstudio.negotiation.NegotiationDetail;
import org.feedbackstudio.negotiation.Side;
import org.feedbackstudio.negotiation.Tactic;
import org.feedbackstudio.negotiation.TacticChange;
import org.feedbackstudio.negotiation.Utterance;

import java.util.List;

/** Games for the view's tests: hand-made ones with known numbers, and whole runs played headless. */
final class Games {
    static final Simulator SIMULATOR = Catalog.standard().find("negotiation").orElseThrow();

    private Games() {
    }

    /** A run played without the studio: every event and the final snapshot. */
    record Run(List<SimEvent> events, NegotiationDetail detail) {
        List<SimEvent> of(String kind, long round) {
            return events.stream().filter(e -> e.kind().equals(kind) && e.tick() == round).toList();
        }

        SimEvent game(String kind, int round, int chain) {
            return of(kind, round).stream().filter(e -> ((Integer) e.data().get("game")) == chain).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + kind + " event for round " + round + ", chain " + chain));
        }
    }

    static Run play(Scenario scenario) throws ScenarioException {
        EventRecorder sink = new EventRecorder();
        List<SimEvent> events = sink.events;
        try (Simulation sim = SIMULATOR.start(scenario, sink)) {
            while (!sim.isDone()) {
                sim.step();
            }
            return new Run(events, (NegotiationDetail) sim.inspect().detail());
        }
    }

    static Run play(long seed, String... settings) throws ScenarioException {
        Scenario s = Scenario.defaults(SIMULATOR, seed);
        for (String kv : settings) {
            int eq = kv.indexOf('=');
            s = s.withParameter(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return play(s);
    }

    /**
     * A coached seller's game by hand: the seller asks $20, then $18 and $17; the buyer counters $10, then
     * $12, and in exchange 2 accepts the seller's $17. The critic had moved the seller's walk-away price
     * from $13 to $14.20, and the carry-over goal moved it on to $15.
     */
    static GameRecord sellerDeal() {
        Tactic seller = new Tactic(1800, 1500, 0.5, 0);
        Tactic buyer = new Tactic(1200, 1750, 1.5, 0.3);
        Evidence ev = new Evidence(4, 10, Side.BUYER, 0, 1);
        Feedback fb = new Feedback(Side.SELLER, "balloon", 1650, List.of(
                new TacticChange(Side.SELLER, Knob.OPENING, 1750, 1800, ev),
                new TacticChange(Side.SELLER, Knob.EXPONENT, 0.6, 0.5, ev),
                new TacticChange(Side.SELLER, Knob.RESERVATION, 1300, 1420, ev)));
        List<Utterance> lines = List.of(
                new Utterance(0, 0, Side.SELLER, "offer", "Hi, this is a good balloon and its price is $20.", 20),
                new Utterance(1, 0, Side.BUYER, "offer", "Would you consider selling it for $10?", 10),
                new Utterance(2, 1, Side.SELLER, "offer", "I can do $18 for it.", 18),
                new Utterance(3, 1, Side.BUYER, "offer", "Could you do $12?", 12),
                new Utterance(4, 2, Side.SELLER, "offer", "How about $17? It's a really nice balloon.", 17),
                new Utterance(5, 2, Side.BUYER, "accept", "Alright, I'll take it for $17.", 17));
        return new GameRecord(2, 6, 0, Side.SELLER, GameResult.Outcome.DEAL, 17.0, 2, Side.BUYER, lines,
                List.of(20.0, 18.0, 17.0), List.of(10.0, 12.0), seller, buyer, fb);
    }
}
