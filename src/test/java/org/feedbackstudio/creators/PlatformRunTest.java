package org.feedbackstudio.creators;

import org.feedbackstudio.core.EventRecorder;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.SimEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlatformRunTest {

    private static final List<Object[]> VARIANTS = List.of(
            new Object[] {"recommender", "random", "reranker", "none"},
            new Object[] {"recommender", "popularity", "reranker", "none"},
            new Object[] {"recommender", "popularity", "reranker", "fairness"},
            new Object[] {"recommender", "popularity", "reranker", "diversity"});

    @Test
    void slatesHoldOnlyRecentUnseenItemsOfCreatorsStillThere() {
        for (Object[] variant : VARIANTS) {
            PlatformSettings settings = Platforms.small(variant);
            try (CreatorPlatformSimulation sim = CreatorPlatformSimulation.start(settings, 5, EventSink.NONE)) {
                List<Set<Integer>> shown = new ArrayList<>();
                for (int u = 0; u < settings.users(); u++) {
                    shown.add(new HashSet<>());
                }
                InteractionLog log = sim.log();
                for (int i = 0; i < log.size(); i++) {
                    if (log.watched(i)) {
                        shown.get(log.user(i)).add(log.item(i)); // the history's positives count as seen
                    }
                }
                int[] slates = {0};
                sim.watchSlates((round, user, items) -> {
                    slates[0]++;
                    assertTrue(items.length <= settings.slateSize());
                    Set<Integer> distinct = new HashSet<>();
                    for (int item : items) {
                        assertTrue(distinct.add(item), "an item twice in one slate");
                        assertTrue(shown.get(user).add(item), "item " + item + " shown to user " + user + " again");
                        int age = round - sim.pool().round(item);
                        assertTrue(age >= 0 && age < settings.recencyWindow(), "stale item, " + age + " rounds old");
                        assertTrue(sim.creator(sim.pool().creator(item)).active(), "an item of a creator who left");
                    }
                });
                while (!sim.isDone()) {
                    sim.step();
                }
                assertTrue(slates[0] > 1000, "slates shown: " + slates[0]);
            }
        }
    }

    @Test
    void exposuresAndClicksAddUpEveryWay() {
        for (Object[] variant : VARIANTS) {
            PlatformSettings settings = Platforms.small(variant);
            try (CreatorPlatformSimulation sim = CreatorPlatformSimulation.start(settings, 9, EventSink.NONE)) {
                int historyEntries = sim.log().size();
                long historyPositives = sim.log().positives();
                long[] slateItems = {0};
                sim.watchSlates((round, user, items) -> slateItems[0] += items.length);
                double[] out = new double[sim.metrics().size()];
                long clicksByRound = 0;
                long exposuresByGenre = 0;
                while (!sim.isDone()) {
                    sim.step();
                    sim.sample(out);
                    double clicks = out[Platforms.metric(sim, PlatformMetrics.CLICKS)];
                    clicksByRound += (long) clicks;
                    assertEquals(clicksByRound, out[Platforms.metric(sim, PlatformMetrics.TOTAL_CLICKS)]);
                    double meanReward = out[Platforms.metric(sim, PlatformMetrics.MEAN_REWARD)];
                    double ctr = out[Platforms.metric(sim, PlatformMetrics.CTR)];
                    assertTrue(Double.isNaN(ctr) || ctr >= 0 && ctr <= 1);
                    assertTrue(Double.isNaN(meanReward) || meanReward * 0 == 0);
                }
                CreatorPlatformDetail d = sim.inspect().detail();
                for (long[] g : d.exposuresByRound()) {
                    for (long n : g) {
                        exposuresByGenre += n;
                    }
                }
                long itemClicks = 0;
                long itemExposures = 0;
                for (int i = 0; i < sim.pool().size(); i++) {
                    itemClicks += sim.pool().clicks(i);
                    itemExposures += sim.pool().exposures(i);
                    assertTrue(sim.pool().clicks(i) <= sim.pool().exposures(i), "more clicks than exposures");
                }
                long creatorClicks = 0;
                long creatorExposures = 0;
                for (CreatorPlatformDetail.CreatorState c : d.creators()) {
                    creatorClicks += c.clicks();
                    creatorExposures += c.exposures();
                    long own = 0;
                    for (CreatorPlatformDetail.ItemState item : c.items()) {
                        own += item.clicks();
                    }
                    assertEquals(c.clicks(), own, c.name() + "'s clicks are its items' clicks");
                }
                assertEquals(slateItems[0], itemExposures, "every slate item is one exposure");
                assertEquals(itemExposures, creatorExposures);
                assertEquals(itemExposures, exposuresByGenre);
                assertEquals(itemClicks, creatorClicks);
                assertEquals(itemClicks, clicksByRound);
                assertEquals(itemClicks, sim.log().positives() - historyPositives, "each click is one logged watch");
                assertTrue(sim.log().size() - historyEntries <= itemExposures, "judged at most what was shown");
                long uploads = 0;
                for (long[] g : d.newItemsByRound()) {
                    for (long n : g) {
                        uploads += n;
                    }
                }
                assertEquals(sim.pool().size() - (long) CreatorPlatformSimulation.BACK_CATALOGUE * settings.creators(),
                        uploads);
            }
        }
    }

    @Test
    void creatorsLeaveExactlyByTheRule() {
        PlatformSettings settings = Platforms.small("recommender", "popularity", "rounds", 40);
        EventRecorder events = new EventRecorder(k -> k.equals(CreatorPlatformSimulation.DEPARTURE));
        try (CreatorPlatformSimulation sim = CreatorPlatformSimulation.start(settings, 2, events)) {
            List<Integer> activeBefore = new ArrayList<>();
            double[] out = new double[sim.metrics().size()];
            while (!sim.isDone()) {
                int round = (int) sim.tick() + 1;
                List<Boolean> before = new ArrayList<>();
                for (int c = 0; c < settings.creators(); c++) {
                    before.add(sim.creator(c).active());
                }
                sim.step();
                sim.sample(out);
                int active = 0;
                for (int c = 0; c < settings.creators(); c++) {
                    Creator creator = sim.creator(c);
                    active += creator.active() ? 1 : 0;
                    boolean ruleHolds = creator.lastItemsUnclicked(sim.pool(), settings.leaveWindow());
                    if (before.get(c)) {
                        // Clicks only grow, so at the end of a round a creator is gone exactly when the rule holds.
                        assertEquals(round >= settings.leaveFrom() && ruleHolds, !creator.active(),
                                creator.name() + " in round " + round);
                    }
                    if (!creator.active()) {
                        assertTrue(creator.items.size() >= settings.leaveWindow());
                        assertTrue(creator.departedRound >= settings.leaveFrom());
                    }
                }
                assertEquals(active, out[Platforms.metric(sim, PlatformMetrics.ACTIVE_CREATORS)]);
                assertEquals(settings.creators() - active, out[Platforms.metric(sim, PlatformMetrics.DEPARTURES)]);
                activeBefore.add(active);
            }
            assertTrue(activeBefore.get(activeBefore.size() - 1) < settings.creators(), "popularity drives some out");
            List<SimEvent> departures = events.ofKind(CreatorPlatformSimulation.DEPARTURE);
            assertEquals(settings.creators() - activeBefore.get(activeBefore.size() - 1), departures.size());
            assertTrue(departures.get(0).text().contains("got no click"), departures.get(0).text());
        }
    }

    @Test
    void theLeaveRuleNeedsAFullWindowOfUnclickedItems() {
        ItemPool pool = new ItemPool();
        Creator c = new Creator(0, 1, new double[] {0.5, 0.5}, Seeds.root(1));
        for (int i = 0; i < 4; i++) {
            c.madeItem(pool.add(0, 0, 0.5, i, "x"), 0);
        }
        assertFalse(c.lastItemsUnclicked(pool, 5), "four items are not enough");
        c.madeItem(pool.add(0, 0, 0.5, 4, "x"), 0);
        assertTrue(c.lastItemsUnclicked(pool, 5));
        pool.click(0);
        assertFalse(c.lastItemsUnclicked(pool, 5), "a click in the window keeps it");
        c.madeItem(pool.add(0, 1, 0.5, 5, "x"), 1);
        assertTrue(c.lastItemsUnclicked(pool, 5), "the clicked item has left the window");
    }

    @Test
    void sameSeedSameRunDifferentSeedAnotherOne() {
        for (Object[] variant : VARIANTS) {
            PlatformSettings settings = Platforms.small(variant);
            List<double[]> a = Platforms.frames(settings, 11);
            List<double[]> b = Platforms.frames(settings, 11);
            List<double[]> c = Platforms.frames(settings, 12);
            boolean differs = false;
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.get(i), b.get(i), 0.0, "round " + (i + 1));
                differs |= !java.util.Arrays.equals(a.get(i), c.get(i));
            }
            assertTrue(differs);
        }
    }

    @Test
    void liveChangesTakeEffectAndOthersAreRefused() {
        PlatformSettings settings = Platforms.small("rerankStart", 0);
        try (CreatorPlatformSimulation sim = CreatorPlatformSimulation.start(settings, 3, EventSink.NONE)) {
            sim.step();
            assertTrue(sim.applyLive(CreatorPlatformSimulator.USER_ACTIVITY.changeTo(0.0)));
            double[] out = new double[sim.metrics().size()];
            sim.step();
            sim.sample(out);
            assertEquals(0, out[Platforms.metric(sim, PlatformMetrics.CLICKS)], "nobody visits");
            assertTrue(Double.isNaN(out[Platforms.metric(sim, PlatformMetrics.CTR)]));
            assertTrue(sim.applyLive(CreatorPlatformSimulator.RERANKER.changeTo("diversity")));
            assertEquals("diversity", sim.inspect().detail().reranker());
            assertFalse(sim.applyLive(CreatorPlatformSimulator.USERS.changeTo(10L)));
        }
    }

    @Test
    void diversityReRankingSpreadsExposureOverGenres() {
        double plain = 0;
        double diverse = 0;
        for (long seed = 1; seed <= 3; seed++) {
            plain += meanOf(Platforms.frames(Platforms.small("reranker", "none"), seed), PlatformMetrics.EXPOSURE_ENTROPY);
            diverse += meanOf(Platforms.frames(Platforms.small("reranker", "diversity"), seed),
                    PlatformMetrics.EXPOSURE_ENTROPY);
        }
        assertTrue(diverse > plain, "entropy of exposures: diversity " + diverse / 3 + ", none " + plain / 3);
    }

    private static double meanOf(List<double[]> frames, String metric) {
        int index = PlatformMetrics.specs(Platforms.small()).stream().map(m -> m.name()).toList().indexOf(metric);
        double sum = 0;
        int n = 0;
        for (double[] f : frames) {
            if (!Double.isNaN(f[index])) {
                sum += f[index];
                n++;
            }
        }
        return sum / n;
    }
}
