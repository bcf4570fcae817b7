package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulation;

import org.feedbackstudio.runtime.llm.ModelUnavailableException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final ModelRoles models;
    private final long[] chainSeeds;
    private final List<Pairing> pairings = new ArrayList<>();
    private ExecutorService pool;
    private final List<RoundSummary> summaries = new ArrayList<>();
    private long gamesPlayed;
    private int round;

    NegotiationSimulation(NegotiationConfig config, long seed, EventSink events) {
        this(config, seed, events, null);
    }

    /** @param models the model-driven roles, or null when every role is built-in */
    NegotiationSimulation(NegotiationConfig config, long seed, EventSink events, ModelRoles models) {
        this.config = config;
        this.models = models;
        this.events = new NegotiationEvents(events);
        this.metrics = NegotiationSimulator.metricsFor(config);
        this.loop = new ImprovementLoop(config);
        int n = config.gamesPerRound();
        // One stream hands out the chain seeds in chain order; each chain draws only from its own.
        SplittableRandom seeds = Seeds.root(seed).split();
        chainSeeds = new long[n];
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
        if (models != null) {
            stepWithModels();
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

    /** What one game of a model-driven round gave: its result, its record and what the models said. */
    private record Played(Chain chain, GameResult result, Tactic used, GameRecord record, GameLog log) {
    }

    private void stepWithModels() {
        int r = round + 1;
        boolean cross = config.roles().isCrossPlay();
        List<Chain> playing = new ArrayList<>();
        ModelRoles roles = models;
        Object[] place = {};
        String seller = null;
        String buyer = null;
        if (cross) {
            // A pairing's games are fresh chains: one game each, the same seeds in every pairing.
            seller = config.roles().pairingSeller(round);
            buyer = config.roles().pairingBuyer(round);
            roles = models.pairing(seller, buyer);
            place = new Object[]{"pairing", seller + " x " + buyer};
            ImprovementLoop maker = new ImprovementLoop(config, roles, place);
            for (int g = 0; g < config.gamesPerRound(); g++) {
                playing.add(maker.newChain(g, chainSeeds[g]));
            }
        } else {
            for (int j = 0; j < aliveCount; j++) {
                playing.add(chains[alive[j]]);
            }
        }
        int played = playing.size();
        List<Future<Played>> futures = new ArrayList<>(played);
        ExecutorService executor = pool();
        ModelRoles gameRoles = roles;
        Object[] gamePlace = place;
        for (Chain chain : playing) {
            futures.add(executor.submit(() -> {
                ImprovementLoop l = new ImprovementLoop(config, gameRoles, gamePlace);
                GameResult result = l.playNext(chain);
                GameRecord record = GameRecord.of(r, chain, result, l.dialogue(), l.lastRival(), l.lastFeedback(),
                        l.lastLog().checks(), l.lastLog().fallbackNote());
                return new Played(chain, result, chain.tactic(), record, l.lastLog());
            }));
        }
        List<Played> games = new ArrayList<>(played);
        RuntimeException first = null;
        for (Future<Played> f : futures) {
            try {
                games.add(f.get());
            } catch (InterruptedException e) {
                futures.forEach(other -> other.cancel(true));
                Thread.currentThread().interrupt();
                throw new ModelUnavailableException("stopped while waiting for the model");
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException x ? x : new IllegalStateException(e.getCause());
                }
            } catch (CancellationException e) {
                if (first == null) {
                    first = new ModelUnavailableException("a game was cancelled");
                }
            }
        }
        if (first != null) {
            throw first; // what the models answered is cached: running the scenario again resumes here
        }
        RoundTally tally = new RoundTally(config, r, played);
        int survivors = 0;
        for (Played p : games) {
            if (tally.add(p.chain(), p.result(), p.used())) {
                if (!cross) {
                    alive[survivors] = p.chain().index();
                }
                survivors++;
            }
            tally.checks(p.record().checks());
            tally.sample(p.record());
            events.modelGame(r, p.chain().index(), p.record(), p.log());
        }
        if (!cross) {
            aliveCount = survivors;
        }
        gamesPlayed += played;
        round = r;
        RoundSummary summary = tally.summary(survivors);
        summaries.add(summary);
        if (cross) {
            Pairing pairing = Pairing.of(r - 1, seller, buyer, summary);
            pairings.add(pairing);
            events.pairing(pairing, config.rounds());
        } else {
            events.round(summary);
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(models.concurrency(), task -> {
                Thread t = new Thread(task, "negotiation-game-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
        if (models != null) {
            models.close();
        }
    }

    @Override
    public void sample(double[] out) {
        if (summaries.isEmpty()) {
            Arrays.fill(out, Double.NaN);
            return;
        }
        RoundSummary s = summaries.get(summaries.size() - 1);
        if (config.roles().isCrossPlay()) {
            out[0] = s.meanPrice();
            out[1] = s.gameDealRate();
            out[2] = s.meanTurns();
            out[3] = s.noAnswers();
            if (config.roles().moderatorModel()) {
                out[4] = s.moderatorChecks();
                out[5] = s.disagreements();
            }
            return;
        }
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
        if (config.roles().anyModel()) {
            int at = config.hasCohorts() ? 12 : 8;
            out[at] = s.noAnswers();
            if (config.roles().moderatorModel()) {
                out[at + 1] = s.moderatorChecks();
                out[at + 2] = s.disagreements();
            }
        }
    }

    @Override
    public Inspection<NegotiationDetail> inspect() {
        List<AgentView> agents = new ArrayList<>(List.of(NegotiationSheet.improver(config, aliveTactics()),
                NegotiationSheet.rival(config), NegotiationSheet.runSoFar(config, round, gamesPlayed, summaries)));
        if (models != null) {
            agents.add(NegotiationSheet.roles(config, models));
        }
        NegotiationDetail detail = new NegotiationDetail(config.improvingSide(), config.rules(), config.rounds(),
                config.gamesPerRound(), round, config.rivals(), NegotiationSheet.criticWords(config), summaries,
                replayer, pairings, config.roles().crossPlay());
        return new Inspection<>(round, agents, detail);
    }

    private List<Tactic> aliveTactics() {
        List<Tactic> tactics = new ArrayList<>(aliveCount);
        for (int j = 0; j < aliveCount; j++) {
            Tactic t = chains[alive[j]].tactic();
            if (t != null) {
                tactics.add(t);
            }
        }
        return tactics;
    }
}
