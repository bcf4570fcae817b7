package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private final NegotiationEvents events;
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
        this.events = new NegotiationEvents(events);
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
        boolean wantTranscripts = events.wantTranscripts();
        boolean wantFeedback = events.wantFeedback();
        int played = aliveCount;
        RoundTally tally = new RoundTally(config, r, played);
        int survivors = 0;
        for (int j = 0; j < played; j++) {
            Chain chain = chains[alive[j]];
            GameResult result = loop.playNext(chain);
            if (tally.add(chain, result, chain.tactic())) {
                alive[survivors++] = chain.index();
            }
            if (wantFeedback && loop.lastFeedback() != null) {
                events.feedback(r, chain, loop.lastFeedback());
            }
            if (j < SAMPLES_PER_ROUND || wantTranscripts) {
                GameRecord record = GameRecord.of(r, chain, result, loop.dialogue(), loop.lastRival(),
                        loop.lastFeedback());
                if (j < SAMPLES_PER_ROUND) {
                    tally.sample(record);
                }
                if (wantTranscripts) {
                    events.transcript(r, record);
                }
            }
        }
        aliveCount = survivors;
        gamesPlayed += played;
        round = r;
        RoundSummary summary = tally.summary(survivors);
        summaries.add(summary);
        events.round(summary);
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
        List<AgentView> agents = List.of(NegotiationSheet.improver(config, aliveTactics()),
                NegotiationSheet.rival(config), NegotiationSheet.runSoFar(config, round, gamesPlayed, summaries));
        NegotiationDetail detail = new NegotiationDetail(config.improvingSide(), config.rules(), config.rounds(),
                config.gamesPerRound(), round, config.rivals(), NegotiationSheet.criticWords(config), summaries,
                replayer);
        return new Inspection<>(round, agents, detail);
    }

    private List<Tactic> aliveTactics() {
        List<Tactic> tactics = new ArrayList<>(aliveCount);
        for (int j = 0; j < aliveCount; j++) {
            tactics.add(chains[alive[j]].tactic());
        }
        return tactics;
    }
}
