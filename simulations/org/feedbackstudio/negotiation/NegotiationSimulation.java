package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A run of the paper's experiment. Each of the {@code gamesPerRound} games of round 1 starts an
 * improvement chain; a tick is one round of improvement, in which every chain still alive plays its
 * next game after the critic's feedback on the previous one. A chain whose game fails to end in a
 * valid deal stops there and plays no later round, so the deal rate of round r — chains still alive
 * after round r over gamesPerRound — can only fall.
 */
public final class NegotiationSimulation implements Simulation {
    /** Games per round kept in full in the snapshot (the first ones played); any other can be replayed. */
    public static final int SAMPLES_PER_ROUND = 5;

    private final NegotiationConfig config;
    private final EventSink events;
    private final List<MetricSpec> metrics;
    private final ImprovementLoop loop;
    private final Chain[] chains;
    private final int[] alive;
    private int aliveCount;
    private final GameReplayer replayer;
    private final List<RoundSummary> summaries = new ArrayList<>();
    private long gamesPlayed;
    private int round;

    NegotiationSimulation(NegotiationConfig config, long seed, EventSink events) {
        this.config = config;
        this.events = events;
        this.metrics = NegotiationSimulator.metricsFor(config);
        this.loop = new ImprovementLoop(config);
        int n = config.gamesPerRound();
        // One stream hands out the chain seeds in chain order; each chain draws only from its own.
        SplittableRandom seeds = Seeds.root(seed).split();
        long[] chainSeeds = new long[n];
        chains = new Chain[n];
        alive = new int[n];
        for (int i = 0; i < n; i++) {
            chainSeeds[i] = seeds.nextLong();
            chains[i] = loop.newChain(i, chainSeeds[i]);
            alive[i] = i;
        }
        aliveCount = n;
        replayer = new GameReplayer(config, chainSeeds);
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public long tick() {
        return round;
    }

    @Override
    public long totalTicks() {
        return config.rounds();
    }

    @Override
    public long workDone() {
        return gamesPlayed;
    }

    @Override
    public void step() {
        if (isDone()) {
            return;
        }
        int r = round + 1;
        boolean wantTranscripts = events.wants("transcript");
        boolean wantFeedback = events.wants("feedback");
        GameRules rules = config.rules();
        Side side = config.improvingSide();
        int played = aliveCount;
        int deals = 0;
        int outOfBounds = 0;
        long priceSum = 0;
        long turnSum = 0;
        long surplusSum = 0;
        double openingSum = 0;
        double walkAwaySum = 0;
        double logExponentSum = 0;
        int[] bins = new int[RoundSummary.PRICE_BINS];
        int[] cohortPlayed = new int[2];
        int[] cohortDeals = new int[2];
        long[] cohortPriceSum = new long[2];
        List<GameRecord> samples = new ArrayList<>(SAMPLES_PER_ROUND);
        RoundGames.Builder games = new RoundGames.Builder(played);
        int width = rules.askCents() - rules.counterCents();
        int survivors = 0;
        for (int j = 0; j < played; j++) {
            Chain chain = chains[alive[j]];
            GameResult result = loop.playNext(chain);
            games.add(chain.index(), result);
            Tactic used = chain.tactic();
            openingSum += used.openingCents();
            walkAwaySum += used.reservationCents();
            logExponentSum += Math.log(used.exponent());
            int cohort = chain.cohort();
            cohortPlayed[cohort]++;
            if (result.isDeal()) {
                int price = result.priceCents();
                deals++;
                priceSum += price;
                turnSum += result.turns();
                surplusSum += rules.surplusCents(side, price);
                bins[Math.min(RoundSummary.PRICE_BINS - 1,
                        (int) ((long) (price - rules.counterCents()) * RoundSummary.PRICE_BINS / width))]++;
                cohortDeals[cohort]++;
                cohortPriceSum[cohort] += price;
                alive[survivors++] = chain.index();
            } else if (result.outcome() == GameResult.Outcome.OUT_OF_BOUNDS) {
                outOfBounds++;
            }
            if (wantFeedback && loop.lastFeedback() != null) {
                publishFeedback(r, chain, loop.lastFeedback());
            }
            if (j < SAMPLES_PER_ROUND || wantTranscripts) {
                GameRecord record = GameRecord.of(r, chain, result, loop.dialogue(), loop.lastRival(),
                        loop.lastFeedback());
                if (j < SAMPLES_PER_ROUND) {
                    samples.add(record);
                }
                if (wantTranscripts) {
                    events.publish(new SimEvent(r, "transcript", record.summary(), record.eventData()));
                }
            }
        }
        aliveCount = survivors;
        gamesPlayed += played;
        round = r;

        int n = config.gamesPerRound();
        List<CohortSummary> cohorts = new ArrayList<>(2);
        if (config.hasCohorts()) {
            for (int c = 0; c < 2; c++) {
                int size = c == 0 ? (n + 1) / 2 : n / 2;
                cohorts.add(new CohortSummary(c, config.startExponent(c), size, cohortPlayed[c], cohortDeals[c],
                        cohortDeals[c] == 0 ? Double.NaN : cohortPriceSum[c] / (100.0 * cohortDeals[c]),
                        size == 0 ? Double.NaN : (double) cohortDeals[c] / size));
            }
        }
        List<Integer> binList = new ArrayList<>(bins.length);
        for (int b : bins) {
            binList.add(b);
        }
        RoundSummary summary = new RoundSummary(r, played, deals, outOfBounds, played - deals - outOfBounds,
                deals == 0 ? Double.NaN : priceSum / (100.0 * deals),
                (double) survivors / n,
                played == 0 ? Double.NaN : (double) deals / played,
                deals == 0 ? Double.NaN : (double) turnSum / deals,
                surplusSum / (100.0 * n),
                played == 0 ? Double.NaN : openingSum / (100.0 * played),
                played == 0 ? Double.NaN : walkAwaySum / (100.0 * played),
                played == 0 ? Double.NaN : Math.exp(logExponentSum / played),
                binList, cohorts, samples, games.build());
        summaries.add(summary);
        if (events.wants("round")) {
            events.publish(new SimEvent(r, "round", roundLine(summary), roundData(summary)));
        }
    }

    @Override
    public void sample(double[] out) {
        if (summaries.isEmpty()) {
            Arrays.fill(out, Double.NaN);
            return;
        }
        RoundSummary s = summaries.get(summaries.size() - 1);
        out[0] = s.meanPrice();
        out[1] = s.dealRate();
        out[2] = s.gameDealRate();
        out[3] = s.meanTurns();
        out[4] = s.surplus();
        out[5] = s.meanOpening();
        out[6] = s.meanWalkAway();
        out[7] = s.meanExponent();
        if (config.hasCohorts()) {
            for (int c = 0; c < 2; c++) {
                CohortSummary cs = s.cohorts().get(c);
                out[8 + 2 * c] = cs.meanPrice();
                out[9 + 2 * c] = cs.dealRate();
            }
        }
    }

    @Override
    public Inspection<NegotiationDetail> inspect() {
        List<AgentView> agents = List.of(improverView(), rivalView(), statsView());
        NegotiationDetail detail = new NegotiationDetail(config.improvingSide(), config.rules(), config.rounds(),
                config.gamesPerRound(), round, config.rivals(), criticWords(), summaries, replayer);
        return new Inspection<>(round, agents, detail);
    }

    private AgentView improverView() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("side", config.improvingSide().word());
        p.put("chains alive", aliveCount + " of " + config.gamesPerRound());
        double[] opening = new double[aliveCount];
        double[] walkAway = new double[aliveCount];
        double[] exponent = new double[aliveCount];
        for (int j = 0; j < aliveCount; j++) {
            Tactic t = chains[alive[j]].tactic();
            opening[j] = t.openingCents() / 100.0;
            walkAway[j] = t.reservationCents() / 100.0;
            exponent[j] = t.exponent();
        }
        p.put("first counter-offer", spread(opening, true));
        p.put("walk-away price", spread(walkAway, true));
        p.put("concession exponent e", spread(exponent, false));
        p.put("tit-for-tat share", NegotiationSimulator.trim(config.titForTat()));
        if (config.hasCohorts()) {
            p.put("cohorts", "even chains start at e = " + NegotiationSimulator.trim(config.exponent())
                    + ", odd chains at e = " + NegotiationSimulator.trim(config.contrastExponent()));
        }
        p.put("critic", criticWords());
        String label = (config.improvingSide() == Side.SELLER ? "Improving seller" : "Improving buyer")
                + " (built-in tactic)";
        return new AgentView("improver", label, p);
    }

    private AgentView rivalView() {
        RivalDistribution d = config.rivals();
        Side rivalSide = config.improvingSide().other();
        GameRules rules = config.rules();
        int sign = rivalSide.sign();
        int scripted = rules.scriptedCents(rivalSide);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("side", rivalSide.word() + ", reset before every game");
        p.put("room", "uniform " + dollars(d.roomLow()) + " to " + dollars(d.roomHigh()) + " from its opening");
        String limitWord = rivalSide == Side.SELLER ? "least it accepts" : "most it pays";
        p.put(limitWord, Money.format(scripted - sign * Money.cents(d.roomLow())) + " to "
                + Money.format(scripted - sign * Money.cents(d.roomHigh()))
                + (rivalSide == Side.SELLER ? " (never below cost " + Money.format(rules.sellerCostCents()) + ")" : ""));
        p.put("first counter-offer", "moves " + Math.round(RivalDistribution.OPENING_SHARE * 100) + "% of its room");
        p.put("concession exponent e", "log-uniform " + NegotiationSimulator.trim(d.exponentLow()) + " to "
                + NegotiationSimulator.trim(d.exponentHigh()));
        p.put("tit-for-tat share", NegotiationSimulator.trim(d.titForTat()));
        p.put("game-to-game wobble", "± " + dollars(d.jitter()) + " on its walk-away price");
        p.put("moderator", config.textModerator() ? "reads the last " + TextModerator.WINDOW + " lines" : "reads the moves");
        return new AgentView("rival", "Fixed " + rivalSide.word(), p);
    }

    private AgentView statsView() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("rounds", round + " of " + config.rounds());
        p.put("games played", Long.toString(gamesPlayed));
        if (!summaries.isEmpty()) {
            RoundSummary s = summaries.get(summaries.size() - 1);
            p.put("mean deal price", Double.isNaN(s.meanPrice()) ? "no deals" : dollars(s.meanPrice()));
            p.put("deal rate", String.format(Locale.ROOT, "%.3f", s.dealRate()));
            p.put("surplus per game", dollars(s.surplus()));
            RoundSummary first = summaries.get(0);
            if (summaries.size() > 1 && !Double.isNaN(first.meanPrice()) && !Double.isNaN(s.meanPrice())) {
                p.put("price change since round 1", String.format(Locale.ROOT, "%+.2f", s.meanPrice() - first.meanPrice()));
            }
        }
        return new AgentView("stats", "Run so far", p);
    }

    private String criticWords() {
        if (!config.criticOn()) {
            return "none (the player does not change)";
        }
        return "built-in, step κ = " + NegotiationSimulator.trim(config.criticStep())
                + (config.exponentLocked() ? ", exponent locked" : "");
    }

    private void publishFeedback(int r, Chain chain, Feedback fb) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("round", r);
        data.put("game", chain.index());
        data.put("suggestions", fb.sentences());
        data.put("carryOver", fb.carryOver());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Suggestion s : fb.suggestions()) {
            if (s instanceof TacticChange c) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("parameter", c.knob().label());
                m.put("before", c.knob().isPrice() ? c.before() / 100.0 : c.before());
                m.put("after", c.knob().isPrice() ? c.after() / 100.0 : c.after());
                changes.add(m);
            }
        }
        data.put("changes", changes);
        String text = "Round " + r + ", game " + (chain.index() + 1) + ": " + String.join(" ", fb.sentences()) + " "
                + fb.carryOver();
        events.publish(new SimEvent(r, "feedback", text, data));
    }

    private static String roundLine(RoundSummary s) {
        return String.format(Locale.ROOT, "Round %d: %d deals in %d games, mean price %s, deal rate %.3f",
                s.round(), s.deals(), s.gamesPlayed(),
                Double.isNaN(s.meanPrice()) ? "n/a" : dollars(s.meanPrice()), s.dealRate());
    }

    private static Map<String, Object> roundData(RoundSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", s.round());
        m.put("gamesPlayed", s.gamesPlayed());
        m.put("deals", s.deals());
        m.put("outOfBounds", s.outOfBounds());
        m.put("turnLimits", s.turnLimits());
        if (!Double.isNaN(s.meanPrice())) {
            m.put("meanPrice", s.meanPrice());
            m.put("meanTurns", s.meanTurns());
        }
        m.put("dealRate", s.dealRate());
        m.put("surplus", s.surplus());
        m.put("priceBins", s.priceBins());
        return m;
    }

    private static String dollars(double d) {
        return String.format(Locale.ROOT, "$%.2f", d);
    }

    private static String spread(double[] values, boolean money) {
        if (values.length == 0) {
            return "no chain alive";
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += money ? v : Math.log(v);
        }
        double mean = money ? sum / values.length : Math.exp(sum / values.length);
        String f = money ? "$%.2f" : "%.3f";
        return String.format(Locale.ROOT, "mean " + f + " (" + f + " to " + f + ")", mean, min, max);
    }
}
