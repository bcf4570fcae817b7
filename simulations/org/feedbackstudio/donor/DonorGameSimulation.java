package org.feedbackstudio.donor;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ParameterChange;
import org.feedbackstudio.core.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A society playing the Donor Game generation after generation (Vallinder &amp; Hughes 2024). One tick is
 * one round; a generation is two games of {@code rounds} rounds, resources and traces reset between them,
 * followed by selection: the top agents by selection score keep their strategies and the rest are
 * replaced by newcomers whose strategies a {@link StrategyWriter} writes. Donors decide through a
 * {@link DonorPolicy}.
 *
 * <p>This class holds the game's rules; its bookkeeping is the {@link GenerationLedger}'s, its events the
 * {@link DonorEvents}', and the inspector's text the {@link AgentSheet}'s. The round loop,
 * {@link #playRound}, is the hot path: it costs O(agents × trace depth) and allocates nothing unless an
 * observer wants its events; agents' state lives in primitive arrays indexed by seat, and traces are
 * walks along {@link TraceBook} links.
 */
public final class DonorGameSimulation implements Simulation {
    /** Ancestors listed in a tile's lineage. */
    public static final int LINEAGE_SHOWN = 20;
    /** Bins of the donation histograms. */
    public static final int HISTOGRAM_BINS = 20;

    static final List<MetricSpec> METRICS = List.of(
            MetricSpec.perTick("meanResources", "Mean resources", "units"),
            MetricSpec.perTick("meanDonationFraction", "Mean donation this round (share of resources)", ""),
            MetricSpec.perTick("fallbacks", "Decisions that fell back to 0", "decisions"),
            MetricSpec.perMilestone("generation", "Generation", ""),
            MetricSpec.perMilestone("generationScore", "Generation score (mean final resources)", "units"),
            MetricSpec.perMilestone("generationDonationFraction", "Mean donation in the generation", ""),
            MetricSpec.perMilestone("punishmentShare", "Share of encounters with punishment", ""),
            MetricSpec.perMilestone("scoreSpread", "Spread of agents' scores (SD)", "units"),
            MetricSpec.perMilestone("donationSpread", "Spread of agents' mean donations (SD)", ""),
            MetricSpec.perMilestone("meanGenerosity", "Mean generosity of strategies", ""),
            MetricSpec.perMilestone("shareUnconditional", "Share following unconditional", ""),
            MetricSpec.perMilestone("shareImageScoring", "Share following image scoring", ""),
            MetricSpec.perMilestone("shareStanding", "Share following standing", ""));
    private static final int TICK_METRICS = 3;

    private final DonorSettings settings;
    private final DonorPolicy policy;
    private final StrategyWriter writer;
    private final DonorEvents events;
    private final SplittableRandom seating;
    private final SplittableRandom observation;

    private final int agents;
    private final int half;
    private final int rounds;
    private final int survivors;
    private final double multiplier;
    private final double punishmentMultiplier;
    private final Pairings pairings;
    private final TraceBook book;
    private final RoundView view;
    private final Decisions decisions;
    private final GenerationLedger ledger;
    private final LastTraces lastTraces;

    private Member[] seats;
    private final double[] resources;

    private int generation = 1;
    private long tick;
    private int playedGame;
    private int playedRound;
    private boolean milestone;
    private double observationProbability;

    /**
     * @param random the game's own stream: it splits one stream for seating and one for observation
     */
    public DonorGameSimulation(DonorSettings settings, DonorPolicy policy, StrategyWriter writer,
                               SplittableRandom random, EventSink events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.events = new DonorEvents(Objects.requireNonNull(events, "events"), settings.punishment());
        this.seating = random.split();
        this.observation = random.split();
        agents = settings.agents();
        half = agents / 2;
        rounds = settings.rounds();
        survivors = settings.survivors();
        if (survivors < 1 || survivors > agents) {
            throw new IllegalArgumentException("survivors must be between 1 and the number of agents; got " + survivors);
        }
        multiplier = settings.multiplier();
        punishmentMultiplier = settings.punishmentMultiplier();
        observationProbability = settings.observationProbability();
        pairings = settings.schedule().pair(agents, rounds);
        book = new TraceBook(agents, pairings.size());
        view = new RoundView(pairings, book, settings.traceDepth(), multiplier, punishmentMultiplier,
                settings.punishment());
        decisions = new Decisions(half);
        ledger = new GenerationLedger(agents, survivors);
        lastTraces = new LastTraces(book, agents, settings.traceDepth());
        resources = new double[agents];
        Arrays.fill(resources, settings.initialResources());

        List<Strategy> first = writer.firstGeneration(agents);
        if (first.size() != agents) {
            throw new IllegalStateException("the strategy writer wrote " + first.size() + " strategies for "
                    + agents + " agents");
        }
        Member[] born = new Member[agents];
        for (int i = 0; i < agents; i++) {
            born[i] = Member.of(1, i + 1, first.get(i), null);
        }
        seats = seat(born);
        policy.startGeneration(generation, List.of(seats));
    }

    @Override
    public List<MetricSpec> metrics() {
        return METRICS;
    }

    @Override
    public long tick() {
        return tick;
    }

    @Override
    public long totalTicks() {
        return (long) settings.generations() * settings.ticksPerGeneration();
    }

    @Override
    public boolean atMilestone() {
        return milestone;
    }

    /** Encounters played: the benchmark's unit ("donations", punishments included). */
    @Override
    public long workDone() {
        return ledger.encountersTotal();
    }

    @Override
    public void step() {
        if (isDone()) {
            throw new IllegalStateException("the run is over after " + totalTicks() + " rounds");
        }
        long now = tick + 1;
        int inGeneration = (int) (tick % settings.ticksPerGeneration());
        if (inGeneration == 0) {
            if (tick == 0) {
                if (events.wantStrategies()) { // sorting the first generation by birth is not free
                    events.strategies(now, seatsByBirth(), Collections.nCopies(agents, null));
                }
            } else {
                startNextGeneration(now);
            }
        }
        int game = inGeneration / rounds;
        int round = inGeneration % rounds;
        if (round == 0) {
            Arrays.fill(resources, settings.initialResources());
            book.startGame();
        }
        playRound(game, round, now);
        tick = now;
        playedGame = game + 1;
        playedRound = round + 1;
        milestone = false;
        if (round == rounds - 1) {
            ledger.gameEnded(game, resources);
            if (game == 1) {
                GenerationSummary summary = ledger.endGeneration(generation, seats,
                        settings.schedule().selectsOnSecondGame());
                events.generation(now, summary, agents);
                milestone = true;
            }
        }
    }

    /** One round: every donor of the round's pairings decides, then gives or punishes. */
    private void playRound(int game, int round, long now) {
        int base = pairings.index(game, round, 0);
        view.begin(seats, resources, generation, game, round);
        double q = observationProbability;
        decisions.reset(half, settings.punishment());
        if (policy instanceof RuleAgents rules) {
            // The built-in agents decide each encounter as soon as it is shown: the same decisions (one
            // reads only its own encounter and the trace book, which nothing changes before the payments)
            // and about 3% faster than a second pass. Payments stay a pass of their own: interleaving
            // them with the trace walks was a quarter slower.
            boolean canPunish = settings.punishment();
            for (int i = 0; i < half; i++) {
                boolean sees = q >= 1.0 || (q > 0.0 && observation.nextDouble() < q);
                view.set(i, pairings.donor(base + i), pairings.recipient(base + i), sees);
                rules.decide(view, decisions, i, canPunish);
            }
        } else {
            for (int i = 0; i < half; i++) {
                boolean sees = q >= 1.0 || (q > 0.0 && observation.nextDouble() < q);
                view.set(i, pairings.donor(base + i), pairings.recipient(base + i), sees);
            }
            policy.decide(view, decisions);
        }

        boolean wantDonations = events.wantDonations();
        boolean wantPunishments = events.wantPunishments();
        boolean wantFallbacks = events.wantFallbacks();
        double roundDonated = 0.0;
        for (int i = 0; i < half; i++) {
            byte action = decisions.action(i);
            int d = view.donorSeat(i);
            int r = view.recipientSeat(i);
            if (action == Decisions.UNDECIDED) {
                throw new IllegalStateException(policy.name() + " did not decide for " + seats[d].name()
                        + " in round " + (round + 1) + " of game " + (game + 1) + ", generation " + generation);
            }
            int act = base + i;
            double share = decisions.share(i);
            double before = resources[d];
            double units = share * before;
            resources[d] = before - units;
            boolean punish = action == Decisions.PUNISH;
            double removed = 0.0;
            if (punish) {
                double had = resources[r];
                double left = Math.max(0.0, had - punishmentMultiplier * units);
                removed = had - left;
                resources[r] = left;
                ledger.punished();
            } else {
                resources[r] += multiplier * units;
            }
            book.record(act, d, r, punish, share, units);

            double donated = punish ? 0.0 : share;
            roundDonated += donated;
            ledger.gave(d, donated);
            lastTraces.record(d, act, view.observed(i));
            if (action == Decisions.FALLBACK) {
                ledger.fellBack();
                if (wantFallbacks) {
                    events.fallback(now, generation, game, round, seats[d].name(), seats[r].name());
                }
            }
            if (punish ? wantPunishments : wantDonations) {
                events.encounter(now, generation, game, view.entry(act), units, removed, resources[d], resources[r],
                        view.observed(i), view.traceLength(i));
            }
        }
        ledger.roundPlayed(half, roundDonated);
    }

    private void startNextGeneration(long now) {
        List<Survivor> kept = new ArrayList<>(survivors);
        for (int r = 0; r < survivors; r++) {
            int s = ledger.seatRanked(r);
            kept.add(new Survivor(seats[s], ledger.selectionScore(s)));
        }
        int newcomers = agents - survivors;
        int next = generation + 1;
        List<Inheritance> written = newcomers == 0 ? List.of()
                : writer.newcomers(List.copyOf(kept), settings.schedule().newcomersSeeScores(), newcomers, next);
        if (written.size() != newcomers) {
            throw new IllegalStateException("the strategy writer wrote " + written.size() + " strategies for "
                    + newcomers + " newcomers");
        }
        Member[] population = new Member[agents];
        List<Member> born = new ArrayList<>(newcomers);
        List<Member> parents = new ArrayList<>(newcomers);
        for (int r = 0; r < survivors; r++) {
            population[r] = kept.get(r).member();
        }
        for (int j = 0; j < newcomers; j++) {
            Inheritance in = written.get(j);
            if (in.parent() >= survivors) {
                throw new IllegalStateException("newcomer " + (j + 1) + " names survivor " + in.parent()
                        + " of " + survivors);
            }
            Member parent = in.parent() < 0 ? null : kept.get(in.parent()).member();
            Member m = Member.of(next, j + 1, in.strategy(), parent);
            population[survivors + j] = m;
            born.add(m);
            parents.add(parent);
        }
        generation = next;
        seats = seat(population);
        ledger.startGeneration();
        lastTraces.clear();
        policy.startGeneration(generation, List.of(seats));
        events.strategies(now, born, parents);
    }

    /** Seats a population in a random order, so that the halves mix survivors and newcomers. */
    private Member[] seat(Member[] population) {
        Member[] s = population.clone();
        for (int i = s.length - 1; i > 0; i--) {
            int j = seating.nextInt(i + 1);
            Member t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }

    private List<Member> seatsByBirth() {
        List<Member> all = new ArrayList<>(Arrays.asList(seats));
        all.sort(Ranking.TIE_BREAK);
        return all;
    }

    @Override
    public void sample(double[] out) {
        double total = 0.0;
        for (double r : resources) {
            total += r;
        }
        out[0] = total / agents;
        out[1] = ledger.lastRoundDonation();
        out[2] = ledger.fallbacksTotal();
        ledger.copyMetrics(out, TICK_METRICS);
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return change.apply(DonorGameSimulator.OBSERVATION_PROBABILITY, q -> observationProbability = q)
                || writer.applyLive(change);
    }

    @Override
    public Inspection<DonorSnapshot> inspect() {
        List<AgentTile> tiles = new ArrayList<>(agents);
        List<AgentView> views = new ArrayList<>(agents);
        for (int s = 0; s < agents; s++) {
            AgentTile tile = ledger.tile(s, seats[s], resources[s], lastTraces.of(s, seats, pairings, view));
            tiles.add(tile);
            views.add(AgentSheet.of(tile, policy.details(seats[s])));
        }
        DonorSnapshot snapshot = new DonorSnapshot(tick, generation, playedGame, playedRound, rounds,
                settings.generations(), milestone, settings.schedule().id(), policy.name(), survivors,
                HISTOGRAM_BINS, tiles, ledger.history(), ledger.histogramList(), ledger.fallbacksTotal());
        return new Inspection<>(tick, views, snapshot);
    }

    @Override
    public void close() {
        policy.close();
    }
}
