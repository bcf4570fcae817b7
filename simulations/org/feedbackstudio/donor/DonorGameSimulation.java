package org.feedbackstudio.donor;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ParameterChange;
import org.feedbackstudio.core.SimEvent;
import org.feedbackstudio.core.Simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A society playing the Donor Game generation after generation (Vallinder &amp; Hughes 2024). One tick is
 * one round; a generation is two games of {@code rounds} rounds, resources and traces reset between them,
 * followed by selection: the top agents by selection score keep their strategies and the rest are
 * replaced by newcomers whose strategies a {@link StrategyWriter} writes. Donors decide through a
 * {@link DonorPolicy}.
 *
 * <p>A round costs O(agents × trace depth) and allocates nothing unless an observer wants its events:
 * agents' state lives in primitive arrays indexed by seat, and traces are walks along {@link TraceBook}
 * links.
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
    private final EventSink events;
    private final SplittableRandom seating;
    private final SplittableRandom observation;

    private final int agents;
    private final int half;
    private final int rounds;
    private final int depth;
    private final int survivors;
    private final double multiplier;
    private final double punishmentMultiplier;
    private final Pairings pairings;
    private final TraceBook book;
    private final RoundView view;
    private final Decisions decisions;

    private Member[] seats;
    private final double[] resources;
    private final double[] gameOneFinal;
    private final double[] gameTwoFinal;
    private final double[] score;
    private final double[] selection;
    private final double[] donatedSum;
    private final int[] donatedCount;
    private final int[] rank;
    private int[] order;
    private final int[] seenAt;
    private final int[] seenLength;
    private final boolean[] seenObserved;
    private final int[] seenActions;
    private final int[] histogram = new int[HISTOGRAM_BINS];

    private int generation = 1;
    private long tick;
    private int playedGame;
    private int playedRound;
    private boolean milestone;
    private double observationProbability;
    private long encountersTotal;
    private long fallbacksTotal;
    private double lastRoundDonation = Double.NaN;
    private long generationEncounters;
    private long generationPunishments;
    private long generationFallbacks;
    private double generationDonated;
    private final double[] generationMetrics = new double[METRICS.size() - TICK_METRICS];
    private final List<GenerationSummary> history = new ArrayList<>();

    /**
     * @param random the game's own stream: it splits one stream for seating and one for observation
     */
    public DonorGameSimulation(DonorSettings settings, DonorPolicy policy, StrategyWriter writer,
                               SplittableRandom random, EventSink events) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.events = Objects.requireNonNull(events, "events");
        this.seating = random.split();
        this.observation = random.split();
        agents = settings.agents();
        half = agents / 2;
        rounds = settings.rounds();
        depth = settings.traceDepth();
        survivors = settings.survivors();
        if (survivors < 1 || survivors > agents) {
            throw new IllegalArgumentException("survivors must be between 1 and the number of agents; got " + survivors);
        }
        multiplier = settings.multiplier();
        punishmentMultiplier = settings.punishmentMultiplier();
        observationProbability = settings.observationProbability();
        pairings = settings.schedule().pair(agents, rounds);
        book = new TraceBook(agents, pairings.size());
        view = new RoundView(pairings, book, depth, multiplier, punishmentMultiplier, settings.punishment());
        decisions = new Decisions(half);
        resources = new double[agents];
        gameOneFinal = new double[agents];
        gameTwoFinal = new double[agents];
        score = new double[agents];
        selection = new double[agents];
        donatedSum = new double[agents];
        donatedCount = new int[agents];
        rank = new int[agents];
        seenAt = new int[agents];
        seenLength = new int[agents];
        seenObserved = new boolean[agents];
        seenActions = new int[agents * depth];
        Arrays.fill(generationMetrics, Double.NaN);
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
        resetGeneration();
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
        return encountersTotal;
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
                publishStrategies(now, seatsByBirth(), Collections.nCopies(agents, null));
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
            System.arraycopy(resources, 0, game == 0 ? gameOneFinal : gameTwoFinal, 0, agents);
            if (game == 1) {
                endGeneration(now);
                milestone = true;
            }
        }
    }

    private void playRound(int game, int round, long now) {
        int base = pairings.index(game, round, 0);
        view.begin(seats, resources, generation, game, round);
        double q = observationProbability;
        for (int i = 0; i < half; i++) {
            boolean sees = q >= 1.0 || (q > 0.0 && observation.nextDouble() < q);
            view.set(i, pairings.donor(base + i), pairings.recipient(base + i), sees);
        }
        decisions.reset(half, settings.punishment());
        policy.decide(view, decisions);

        boolean wantDonations = events.wants("donation");
        boolean wantPunishments = settings.punishment() && events.wants("punishment");
        boolean wantFallbacks = events.wants("fallback");
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
                generationPunishments++;
            } else {
                resources[r] += multiplier * units;
            }
            book.record(act, d, r, punish, share, units);

            double donated = punish ? 0.0 : share;
            roundDonated += donated;
            donatedSum[d] += donated;
            donatedCount[d]++;
            histogram[Math.min(HISTOGRAM_BINS - 1, (int) (donated * HISTOGRAM_BINS))]++;

            int shown = view.traceLength(i);
            seenAt[d] = act;
            seenObserved[d] = view.observed(i);
            seenLength[d] = shown;
            for (int k = 0; k < shown; k++) {
                seenActions[d * depth + k] = view.traceAction(i, k);
            }
            if (action == Decisions.FALLBACK) {
                generationFallbacks++;
                fallbacksTotal++;
                if (wantFallbacks) {
                    publishFallback(now, game, round, d, r);
                }
            }
            if (punish ? wantPunishments : wantDonations) {
                publishEncounter(now, game, act, d, r, units, removed);
            }
        }
        generationEncounters += half;
        generationDonated += roundDonated;
        encountersTotal += half;
        lastRoundDonation = roundDonated / half;
    }

    private void endGeneration(long now) {
        boolean secondGame = settings.schedule().selectsOnSecondGame();
        double sumScore = 0.0;
        double sumOne = 0.0;
        double sumTwo = 0.0;
        for (int s = 0; s < agents; s++) {
            score[s] = (gameOneFinal[s] + gameTwoFinal[s]) / 2.0;
            selection[s] = secondGame ? 2.0 * gameTwoFinal[s] : score[s];
            sumScore += score[s];
            sumOne += gameOneFinal[s];
            sumTwo += gameTwoFinal[s];
        }
        order = Ranking.order(selection, seats);
        for (int r = 0; r < agents; r++) {
            rank[order[r]] = r + 1;
        }
        double meanScore = sumScore / agents;
        double scoreSpread = spread(score, null, meanScore);

        double[] meanDonation = new double[agents];
        double donationSum = 0.0;
        int donors = 0;
        for (int s = 0; s < agents; s++) {
            if (donatedCount[s] > 0) {
                meanDonation[s] = donatedSum[s] / donatedCount[s];
                donationSum += meanDonation[s];
                donors++;
            }
        }
        double donationSpread = donors == 0 ? Double.NaN : spread(meanDonation, donatedCount, donationSum / donors);

        double generositySum = 0.0;
        int generosityCount = 0;
        int ruled = 0;
        int[] byNorm = new int[Norm.values().length];
        for (Member m : seats) {
            double g = m.strategy().generosity();
            if (!Double.isNaN(g)) {
                generositySum += g;
                generosityCount++;
            }
            if (m.strategy() instanceof RuleStrategy rs) {
                byNorm[rs.norm().ordinal()]++;
                ruled++;
            }
        }
        List<Double> normShares = new ArrayList<>();
        for (int count : byNorm) {
            normShares.add(ruled == 0 ? Double.NaN : (double) count / ruled);
        }
        double donationFraction = generationDonated / generationEncounters;
        double punishmentShare = (double) generationPunishments / generationEncounters;
        double meanGenerosity = generosityCount == 0 ? Double.NaN : generositySum / generosityCount;

        int best = order[0];
        GenerationSummary summary = new GenerationSummary(generation, meanScore, sumOne / agents, sumTwo / agents,
                donationFraction, punishmentShare, scoreSpread, donationSpread, meanGenerosity, normShares,
                generationEncounters, generationFallbacks, histogramList(), seats[best].name(), selection[best],
                survivors);
        history.add(summary);

        double[] g = generationMetrics;
        g[0] = generation;
        g[1] = meanScore;
        g[2] = donationFraction;
        g[3] = punishmentShare;
        g[4] = scoreSpread;
        g[5] = donationSpread;
        g[6] = meanGenerosity;
        g[7] = normShares.get(Norm.UNCONDITIONAL.ordinal());
        g[8] = normShares.get(Norm.IMAGE_SCORING.ordinal());
        g[9] = normShares.get(Norm.STANDING.ordinal());

        if (events.wants("generation")) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("generation", generation);
            data.put("generationScore", meanScore);
            data.put("gameOneMean", sumOne / agents);
            data.put("gameTwoMean", sumTwo / agents);
            data.put("donationFraction", donationFraction);
            data.put("punishmentShare", punishmentShare);
            data.put("best", seats[best].name());
            data.put("bestScore", selection[best]);
            data.put("survivors", survivors);
            data.put("fallbacks", generationFallbacks);
            events.publish(new SimEvent(now, "generation", "Generation " + generation + ": score "
                    + Formats.plain(meanScore) + ", mean donation " + Formats.percent(donationFraction) + "; "
                    + survivors + " of " + agents + " survive, best " + seats[best].name() + " ("
                    + Formats.plain(selection[best]) + ").", Collections.unmodifiableMap(data)));
        }
    }

    /** Population standard deviation of {@code values} (only where {@code count > 0}, when given). */
    private double spread(double[] values, int[] count, double mean) {
        double sum = 0.0;
        int n = 0;
        for (int s = 0; s < values.length; s++) {
            if (count == null || count[s] > 0) {
                double d = values[s] - mean;
                sum += d * d;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    private void startNextGeneration(long now) {
        List<Survivor> kept = new ArrayList<>(survivors);
        for (int r = 0; r < survivors; r++) {
            kept.add(new Survivor(seats[order[r]], selection[order[r]]));
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
        resetGeneration();
        policy.startGeneration(generation, List.of(seats));
        publishStrategies(now, born, parents);
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

    private void resetGeneration() {
        Arrays.fill(gameOneFinal, Double.NaN);
        Arrays.fill(gameTwoFinal, Double.NaN);
        Arrays.fill(score, Double.NaN);
        Arrays.fill(selection, Double.NaN);
        Arrays.fill(donatedSum, 0.0);
        Arrays.fill(donatedCount, 0);
        Arrays.fill(rank, 0);
        Arrays.fill(seenAt, -1);
        Arrays.fill(histogram, 0);
        order = null;
        generationEncounters = 0;
        generationPunishments = 0;
        generationFallbacks = 0;
        generationDonated = 0.0;
    }

    private List<Member> seatsByBirth() {
        List<Member> all = new ArrayList<>(Arrays.asList(seats));
        all.sort(Ranking.TIE_BREAK);
        return all;
    }

    private void publishStrategies(long now, List<Member> born, List<Member> parents) {
        if (!events.wants("strategy")) {
            return;
        }
        for (int i = 0; i < born.size(); i++) {
            Member m = born.get(i);
            Member parent = parents.get(i);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("agent", m.name());
            data.put("generation", m.born());
            if (parent != null) {
                data.put("parent", parent.name());
            }
            data.put("strategy", m.strategy().sentence());
            if (m.strategy() instanceof RuleStrategy s) {
                data.put("norm", s.norm().word());
                data.put("generosity", s.generosity());
                data.put("threshold", s.threshold());
                data.put("depth", s.depth());
                data.put("punishShare", s.punishShare());
            }
            events.publish(new SimEvent(now, "strategy", m.name() + ": " + m.strategy().sentence(),
                    Collections.unmodifiableMap(data)));
        }
    }

    private void publishEncounter(long now, int game, int act, int d, int r, double units, double removed) {
        TraceEntry e = view.entry(act);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generation", generation);
        data.put("game", game + 1);
        data.put("round", e.round());
        data.put("donor", e.actor());
        data.put("recipient", e.target());
        data.put("action", e.action() == Action.PUNISH ? "punish" : "donate");
        data.put("units", units);
        data.put("fraction", e.fraction());
        if (e.action() == Action.PUNISH) {
            data.put("removed", removed);
        } else {
            data.put("received", e.effect());
        }
        data.put("donorResources", resources[d]);
        data.put("recipientResources", resources[r]);
        data.put("observed", seenObserved[d]);
        data.put("traceShown", seenLength[d]);
        events.publish(new SimEvent(now, e.action() == Action.PUNISH ? "punishment" : "donation", e.text(),
                Collections.unmodifiableMap(data)));
    }

    private void publishFallback(long now, int game, int round, int d, int r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("generation", generation);
        data.put("game", game + 1);
        data.put("round", round + 1);
        data.put("donor", seats[d].name());
        data.put("recipient", seats[r].name());
        events.publish(new SimEvent(now, "fallback", seats[d].name() + " gave no usable answer in round "
                + (round + 1) + "; counted as a donation of 0.", Collections.unmodifiableMap(data)));
    }

    private List<Integer> histogramList() {
        List<Integer> bins = new ArrayList<>(HISTOGRAM_BINS);
        for (int count : histogram) {
            bins.add(count);
        }
        return List.copyOf(bins);
    }

    @Override
    public void sample(double[] out) {
        double total = 0.0;
        for (double r : resources) {
            total += r;
        }
        out[0] = total / agents;
        out[1] = lastRoundDonation;
        out[2] = fallbacksTotal;
        System.arraycopy(generationMetrics, 0, out, TICK_METRICS, generationMetrics.length);
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return change.apply(DonorGameSimulator.OBSERVATION_PROBABILITY, q -> observationProbability = q)
                || writer.applyLive(change);
    }

    @Override
    public Inspection<DonorSnapshot> inspect() {
        boolean ended = milestone;
        List<AgentTile> tiles = new ArrayList<>(agents);
        List<AgentView> views = new ArrayList<>(agents);
        for (int s = 0; s < agents; s++) {
            AgentTile tile = tile(s);
            tiles.add(tile);
            views.add(agentView(tile));
        }
        DonorSnapshot snapshot = new DonorSnapshot(tick, generation, playedGame, playedRound, rounds,
                settings.generations(), ended, settings.schedule().word(), policy.name(), survivors,
                HISTOGRAM_BINS, tiles, history, histogramList(), fallbacksTotal);
        return new Inspection<>(tick, views, snapshot);
    }

    private AgentTile tile(int s) {
        Member m = seats[s];
        return new AgentTile(s, m.name(), m.born(), m.strategy(), resources[s],
                donatedCount[s] == 0 ? Double.NaN : donatedSum[s] / donatedCount[s], donatedCount[s],
                gameOneFinal[s], score[s], selection[s], rank[s], rank[s] > 0 && rank[s] <= survivors,
                m.parent() == null ? null : m.parent().name(), m.lineage(LINEAGE_SHOWN), m.ancestors(),
                seenAt[s] < 0 ? null : seenTrace(s));
    }

    private SeenTrace seenTrace(int s) {
        int act = seenAt[s];
        int recipientSeat = pairings.recipient(act);
        List<TraceEntry> entries = new ArrayList<>(seenLength[s]);
        for (int k = 0; k < seenLength[s]; k++) {
            entries.add(view.entry(seenActions[s * depth + k], seats));
        }
        return new SeenTrace(seats[recipientSeat].name(), pairings.roundOf(act) + 1, pairings.gameOf(act) + 1,
                seenObserved[s], entries,
                view.unrecorded(seats, seenObserved[s], recipientSeat, seenActions, s * depth, seenLength[s]));
    }

    private static AgentView agentView(AgentTile t) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Strategy", t.strategy().sentence());
        double g = t.strategy().generosity();
        p.put("Generosity", Double.isNaN(g) ? "—" : Formats.percent(g));
        if (t.strategy() instanceof RuleStrategy rs) {
            p.put("Norm", rs.norm().word());
        }
        p.put("Resources", Formats.plain(t.resources()));
        p.put("Mean donation", Double.isNaN(t.meanDonation()) ? "—" : Formats.percent(t.meanDonation()));
        p.put("Score", Double.isNaN(t.score()) ? "—" : Formats.plain(t.score()));
        p.put("Selection score", Double.isNaN(t.selectionScore()) ? "—" : Formats.plain(t.selectionScore()));
        p.put("Rank", t.rank() == 0 ? "—" : t.rank() + (t.survives() ? " (survives)" : " (replaced)"));
        p.put("Born", "generation " + t.born());
        p.put("Parent", t.parent() == null ? "—" : t.parent());
        p.put("Lineage", t.lineage().isEmpty() ? "—" : String.join(" ← ", t.lineage())
                + (t.lineageLength() > t.lineage().size() ? " ← …" : ""));
        p.put("Last trace seen", t.lastTrace() == null ? "—" : String.join(" ", t.lastTraceLines()));
        return new AgentView(t.name(), t.name(), Collections.unmodifiableMap(p));
    }
}
