package org.feedbackstudio.creators;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MF and BPR inside the platform: trained in the loop, repeatable bit for bit, and better than chance. */
class LearnedRecommenderTest {

    private static PlatformSettings learned(String kind, Object... more) {
        Object[] base = {"recommender", kind, "rounds", 24, "retrainEvery", 3, "learningRate", 0.01, "epochs", 3,
            "embeddingSize", 16};
        Object[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return Platforms.small(all);
    }

    private static int index(PlatformSettings s, String metric) {
        return PlatformMetrics.specs(s).stream().map(m -> m.name()).toList().indexOf(metric);
    }

    @Test
    void theSameSeedTrainsAndRunsTheSamePlatformBitForBit() {
        for (String kind : List.of("mf", "bpr")) {
            PlatformSettings s = learned(kind);
            List<double[]> a = Platforms.frames(s, 21);
            List<double[]> b = Platforms.frames(s, 21);
            List<double[]> c = Platforms.frames(s, 22);
            boolean differs = false;
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), 0.0, kind + ", round " + (i + 1));
                differs |= !Arrays.equals(a.get(i), c.get(i));
            }
            assertTrue(differs, kind);
            double loss = a.get(a.size() - 1)[index(s, PlatformMetrics.TRAINING_LOSS)];
            assertTrue(loss > 0 && loss < Math.log(2), kind + " trains below chance level: " + loss);
        }
    }

    @Test
    void eachRetrainIsAnnouncedWithALossThatFalls() {
        PlatformSettings s = learned("mf");
        EventRecorder events = new EventRecorder(k -> k.equals(CreatorPlatformSimulation.RETRAIN));
        try (CreatorPlatformSimulation sim = CreatorPlatformSimulation.start(s, 4, events)) {
            while (!sim.isDone()) {
                sim.step();
            }
        }
        List<SimEvent> retrains = events.ofKind(CreatorPlatformSimulation.RETRAIN);
        assertEquals(8, retrains.size(), "rounds 1, 4, 7, … 22");
        double first = ((Number) retrains.get(0).data().get("loss")).doubleValue();
        double last = ((Number) retrains.get(retrains.size() - 1).data().get("loss")).doubleValue();
        assertTrue(last < first, "loss " + first + " → " + last);
        int previous = 0;
        for (SimEvent e : retrains) {
            int rows = ((Number) e.data().get("interactions")).intValue();
            assertTrue(rows > previous, "each retrain sees all feedback so far");
            previous = rows;
        }
    }

    @Test
    void learnedRankersEarnMoreClicksThanRandomSlates() {
        for (String kind : List.of("mf", "bpr")) {
            double learnedCtr = 0;
            double randomCtr = 0;
            for (long seed = 1; seed <= 2; seed++) {
                learnedCtr += lateCtr(learned(kind), seed);
                randomCtr += lateCtr(Platforms.small("recommender", "random", "rounds", 24), seed);
            }
            assertTrue(learnedCtr > 1.5 * randomCtr, kind + ": CTR " + learnedCtr / 2 + " against random "
                    + randomCtr / 2);
        }
    }

    /** Clicks over exposures in the second half of the run. */
    private static double lateCtr(PlatformSettings s, long seed) {
        List<double[]> frames = Platforms.frames(s, seed);
        int clicks = index(s, PlatformMetrics.CLICKS);
        int ctr = index(s, PlatformMetrics.CTR);
        double c = 0;
        double e = 0;
        for (int i = frames.size() / 2; i < frames.size(); i++) {
            double[] f = frames.get(i);
            if (f[ctr] > 0) {
                c += f[clicks];
                e += f[clicks] / f[ctr];
            }
        }
        return c / e;
    }

    @Test
    void fairnessReRankingKeepsMoreCreatorsThanPlainMfAtSomeCostInClicks() {
        int keptPlain = 0;
        int keptFair = 0;
        double clicksPlain = 0;
        double clicksFair = 0;
        for (long seed = 1; seed <= 3; seed++) {
            // the paper's platform, cut short after most departures have happened
            Object[] shape = {"rounds", 45, "recommender", "mf"};
            PlatformSettings plain = Platforms.settings(shape);
            PlatformSettings fair = Platforms.settings(append(shape, "reranker", "fairness"));
            double[] p = last(Platforms.frames(plain, seed));
            double[] f = last(Platforms.frames(fair, seed));
            keptPlain += (int) p[index(plain, PlatformMetrics.ACTIVE_CREATORS)];
            keptFair += (int) f[index(fair, PlatformMetrics.ACTIVE_CREATORS)];
            clicksPlain += p[index(plain, PlatformMetrics.TOTAL_CLICKS)];
            clicksFair += f[index(fair, PlatformMetrics.TOTAL_CLICKS)];
        }
        // Ye et al. 2025: fairness-aware re-ranking keeps more creators on the platform, at a cost in clicks.
        assertTrue(keptFair > keptPlain, "creators kept: fairness " + keptFair + ", plain " + keptPlain);
        assertTrue(clicksFair < clicksPlain, "clicks: fairness " + clicksFair + ", plain " + clicksPlain);
    }

    private static Object[] append(Object[] a, Object... more) {
        Object[] all = Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, all, a.length, more.length);
        return all;
    }

    private static double[] last(List<double[]> frames) {
        return frames.get(frames.size() - 1);
    }

    @Test
    void popularityAndRandomReportNoTrainingLoss() {
        assertFalse(PlatformMetrics.specs(Platforms.small()).stream()
                .anyMatch(m -> m.name().equals(PlatformMetrics.TRAINING_LOSS)));
        assertTrue(PlatformMetrics.specs(learned("bpr")).stream()
                .anyMatch(m -> m.name().equals(PlatformMetrics.TRAINING_LOSS)));
    }
}
