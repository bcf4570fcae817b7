package org.feedbackstudio.donor;

import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A policy and a writer shaped like model-driven agents — prompts in, text out, answers parsed, failures
 * retried and then counted — plug into the game unchanged.
 */
class ModelPolicyTest {
    private static final Pattern ANSWER = Pattern.compile("Answer:\\s*(\\d+(?:\\.\\d+)?)");

    /** Stands in for a language model: odd-numbered agents answer in the format, even ones ramble. */
    static String reply(String prompt) {
        Matcher name = Pattern.compile("Your name is (\\d+)_(\\d+)\\.").matcher(prompt);
        assertTrue(name.find(), prompt);
        return Integer.parseInt(name.group(2)) % 2 == 1 ? "Justification: I keep my word.\nAnswer: 2"
                : "I would rather not say how much.";
    }

    static final class TextPolicy implements DonorPolicy {
        final List<String> prompts = new ArrayList<>();
        int calls;

        @Override
        public String name() {
            return "scripted model";
        }

        @Override
        public void decide(RoundView round, Decisions decisions) {
            for (int i = 0; i < round.encounters(); i++) {
                String prompt = "Your name is " + round.donor(i).name() + ". As you will recall, here is the strategy "
                        + "you decided to follow: " + round.donor(i).strategy().sentence() + " This is generation "
                        + round.generation() + ". It is now round " + round.round() + ". In this round, you have "
                        + "been paired with " + round.recipient(i).name() + ". They currently have "
                        + round.recipientResources(i) + " units. " + String.join(" ", round.seen(i).lines())
                        + " You currently have " + round.donorResources(i) + " units. How many units do you give up?";
                prompts.add(prompt);
                Double units = null;
                for (int attempt = 0; attempt < 3 && units == null; attempt++) {
                    calls++;
                    Matcher m = ANSWER.matcher(reply(prompt));
                    if (m.find() && Double.parseDouble(m.group(1)) <= round.donorResources(i)) {
                        units = Double.parseDouble(m.group(1));
                    }
                }
                if (units == null) {
                    decisions.fallback(i);
                } else {
                    decisions.donate(i, round.donorResources(i) == 0 ? 0 : units / round.donorResources(i));
                }
            }
        }
    }

    static final class TextWriter implements StrategyWriter {
        @Override
        public List<Strategy> firstGeneration(int count) {
            List<Strategy> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(new WrittenStrategy("My strategy will be to give 2 units to everyone."));
            }
            return out;
        }

        @Override
        public List<Inheritance> newcomers(List<Survivor> survivors, boolean scoresShown, int count, int generation) {
            List<Inheritance> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(new Inheritance(new WrittenStrategy("My strategy will be to copy "
                        + survivors.get(0).member().name() + "."), 0));
            }
            return out;
        }
    }

    @Test
    void unreadableAnswersAreCountedAsFallbacksOfZero() {
        TextPolicy policy = new TextPolicy();
        Games.Recorder events = Games.Recorder.all();
        DonorGameSimulation sim = Games.start(Games.settings("agents=6", "rounds=6", "generations=2"), policy,
                new TextWriter(), 3, events);
        Games.runToEnd(sim);

        List<SimEvent> fallbacks = events.ofKind("fallback");
        long evenDonors = events.ofKind("donation").stream().filter(e -> {
            String donor = Games.text(e, "donor");
            return Integer.parseInt(donor.substring(donor.indexOf('_') + 1)) % 2 == 0;
        }).count();
        assertTrue(evenDonors > 0);
        assertEquals(evenDonors, fallbacks.size());
        assertEquals((double) evenDonors, Games.value(sim, "fallbacks"));
        assertEquals(evenDonors, Games.snapshot(sim).fallbacks());
        long perGeneration = Games.snapshot(sim).history().stream().mapToLong(GenerationSummary::fallbacks).sum();
        assertEquals(evenDonors, perGeneration);
        assertEquals(policy.prompts.size() + 2 * evenDonors, policy.calls, "each failure was retried twice");
        for (SimEvent e : events.ofKind("donation")) {
            String donor = Games.text(e, "donor");
            boolean even = Integer.parseInt(donor.substring(donor.indexOf('_') + 1)) % 2 == 0;
            double units = Games.number(e, "units");
            assertEquals(even ? 0.0 : 2.0, units, 1e-12, even ? "a fallback gives nothing" : "the answer, read");
        }
        assertTrue(fallbacks.get(0).text().contains("counted as a donation of 0"));
        assertTrue(policy.prompts.get(0).contains("did not have any previous interactions."));
        assertTrue(policy.prompts.stream().anyMatch(p -> p.contains("donated") && p.contains("% of their resources to")));

        DonorSnapshot snap = Games.snapshot(sim);
        assertEquals("scripted model", snap.policy());
        assertTrue(Double.isNaN(Games.value(sim, "meanGenerosity")));
        assertTrue(Double.isNaN(Games.value(sim, "shareStanding")));
        assertTrue(snap.agents().stream().anyMatch(t -> t.strategy().sentence().startsWith("My strategy will be to copy")));
        assertEquals(2, events.ofKind("strategy").stream().map(e -> e.data().get("generation")).distinct().count());
    }

    @Test
    void aPolicyThatLeavesADonorUndecidedIsReported() {
        DonorPolicy lazy = new DonorPolicy() {
            @Override
            public String name() {
                return "lazy";
            }

            @Override
            public void decide(RoundView round, Decisions decisions) {
                decisions.donate(0, 0.5);
            }
        };
        DonorGameSimulation sim = Games.start(Games.settings("agents=6", "rounds=6"), lazy,
                new FixedStrategies(RuleStrategy.unconditional(0.5)), 1, org.feedbackstudio.core.EventSink.NONE);
        IllegalStateException e = assertThrows(IllegalStateException.class, sim::step);
        assertTrue(e.getMessage().startsWith("lazy did not decide for "), e.getMessage());
    }

    @Test
    void builtInAgentsRefuseWrittenStrategies() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Games.start(
                Games.settings("agents=6", "rounds=6"), new RuleAgents(), new TextWriter(), 1,
                org.feedbackstudio.core.EventSink.NONE));
        assertTrue(e.getMessage().contains("needs a model-driven policy"), e.getMessage());
    }
}
