package org.feedbackstudio.creators;

import org.feedbackstudio.core.AgentView;
import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.ParameterChange;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One platform run. Each round (CreAgent's loop):
 * <ol>
 *   <li>a learned recommender is retrained on all feedback so far, every {@code retrainEvery} rounds
 *       starting with round 1 (on the users' histories);</li>
 *   <li>each creator uploads with its own frequency (in a random order, at most {@code maxNewItems}): its
 *       policy decides to explore or exploit and which genre, and the item's quality follows its skill;</li>
 *   <li>each user visits with chance {@code userActivity} and is shown the top {@code slateSize} of the items
 *       uploaded in the last {@code recencyWindow} rounds by creators still on the platform, minus those it
 *       has been shown; after round {@code rerankStart} the re-ranker orders them;</li>
 *   <li>the user judges the slate in order: watch, skip, or leave (the rest goes unjudged); every item of the
 *       slate counts as shown (an exposure), and clicks and exposures go to the item's creator;</li>
 *   <li>from round {@code leaveFrom}, a creator with at least {@code leaveWindow} items whose last
 *       {@code leaveWindow} items have no click leaves for good, and its items leave with it.</li>
 * </ol>
 * Before round 1 every creator has a back catalogue of {@value #BACK_CATALOGUE} items in its one or two
 * specialities, and every user a history of up to {@value #HISTORY_POSITIVES} of them in genres it likes
 * (positives) plus {@value #HISTORY_NEGATIVES} sampled negatives: the first training data.
 */
public final class CreatorPlatformSimulation implements Simulation {
    private static final Logger LOG = LoggerFactory.getLogger(CreatorPlatformSimulation.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public static final String DECISION = "decision";
    public static final String DEPARTURE = "departure";
    public static final String RETRAIN = "retrain";
    static final int BACK_CATALOGUE = 2;
    static final int HISTORY_POSITIVES = 2;
    static final int HISTORY_NEGATIVES = 10;
    /** How far the creation frequencies spread around creatorActivity. */
    static final double FREQUENCY_SPREAD = 0.3;
    /** Innate skill per genre is drawn uniformly from this range. */
    static final double SKILL_LOW = 0.2;
    static final double SKILL_HIGH = 1.0;

    private final PlatformSettings settings;
    private final List<String> genreNames;
    private final Audience audience;
    private final Creator[] creators;
    private final ItemPool pool = new ItemPool();
    private final InteractionLog log = new InteractionLog();
    private final Recommender recommender;
    private final CreatorPolicy policy;
    /** Decides for the model-driven creators, or null when no creator is. */
    private final ModelCreators modelCreators;
    private final EventSink events;
    private final List<MetricSpec> metrics;
    private final SplittableRandom orderRandom;
    private final SplittableRandom userRandom;
    private final double[] audienceShare;
    private final long[] creatorExposure;
    private final long[] creatorClicks;
    private final List<long[]> newItemsByRound = new ArrayList<>();
    private final List<long[]> exposuresByRound = new ArrayList<>();
    private final double[] last;

    private RerankerKind reranker;
    private double tradeoff;
    private double userActivity;
    private long tick;
    private long totalClicks;
    private int departures;
    private double trainingLoss = Double.NaN;
    private long trainingNanos;
    private long steppingNanos;
    private long trainingCpuNanos;
    private long steppingCpuNanos;

    // scratch for serving one user
    private int[] candidates = new int[0];
    private int candidateCount;
    private int firstInWindow;
    private boolean[] seenMark = new boolean[0];
    private int[] cand = new int[16];
    private int[] creatorOf = new int[16];
    private int[] genreOf = new int[16];
    private double[] scores = new double[16];
    private double[] scratch = new double[16];
    private final int[] slate;
    // this round's tallies
    private long roundClicks;
    private long roundExposures;
    private final long[] roundCreatorExposure;
    private long[] roundGenreExposure;

    /**
     * Starts a run. Streams split from the root seed in a fixed order: the audience, the creators' set-up,
     * one per creator, the recommender, the upload order, the users' visits and judgements, the histories.
     */
    public static CreatorPlatformSimulation start(PlatformSettings settings, long seed, EventSink events) {
        return new CreatorPlatformSimulation(settings, Seeds.root(seed), events, null, null);
    }

    /**
     * What model-driven creators need: the session that asks, the prompts, how many creators the model
     * drives (the first ones by id), and the run's seed (part of every decision's identity).
     */
    record ModelPart(ModelSession session, CreatorPrompts prompts, int creators, long seed) {
    }

    /**
     * A run whose creators are decided by {@code policyOverride} (tests, model-driven creators), or by the
     * built-in policy of the settings when it is null.
     */
    CreatorPlatformSimulation(PlatformSettings settings, SplittableRandom root, EventSink events,
                              CreatorPolicy policyOverride, ModelPart model) {
        this.settings = settings;
        this.genreNames = Genres.first(settings.genres());
        this.events = events;
        this.metrics = PlatformMetrics.specs(settings);
        this.reranker = settings.reranker();
        this.tradeoff = settings.tradeoff();
        this.userActivity = settings.userActivity();
        this.audience = new Audience(settings.users(), settings.genres(), root.split());
        SplittableRandom setup = root.split();
        this.creators = new Creator[settings.creators()];
        double low = Math.max(0.01, settings.creatorActivity() - FREQUENCY_SPREAD);
        double high = Math.min(1.0, settings.creatorActivity() + FREQUENCY_SPREAD);
        double[][] skills = new double[creators.length][settings.genres()];
        double[] frequencies = new double[creators.length];
        for (int c = 0; c < creators.length; c++) {
            frequencies[c] = low + (high - low) * setup.nextDouble();
            for (int g = 0; g < settings.genres(); g++) {
                skills[c][g] = SKILL_LOW + (SKILL_HIGH - SKILL_LOW) * setup.nextDouble();
            }
        }
        for (int c = 0; c < creators.length; c++) {
            creators[c] = new Creator(c, frequencies[c], skills[c], root.split());
        }
        SplittableRandom recommenderRandom = root.split();
        this.orderRandom = root.split();
        this.userRandom = root.split();
        SplittableRandom historyRandom = root.split();
        this.creatorExposure = new long[creators.length];
        this.creatorClicks = new long[creators.length];
        this.roundCreatorExposure = new long[creators.length];
        this.roundGenreExposure = new long[settings.genres()];
        this.slate = new int[settings.slateSize()];
        this.last = new double[metrics.size()];
        Arrays.fill(last, Double.NaN);
        int[] interested = audience.interestedPerGenre();
        this.audienceShare = new double[settings.genres()];
        for (int g = 0; g < audienceShare.length; g++) {
            audienceShare[g] = audience.users() == 0 ? 0 : (double) interested[g] / audience.users();
        }
        backCatalogue(setup);
        histories(historyRandom);
        this.recommender = newRecommender(settings, pool, recommenderRandom);
        this.policy = policyOverride != null ? policyOverride
                : new BuiltInCreators(settings.creatorPolicy(), genreNames, audienceShare);
        if (model != null) {
            this.modelCreators = new ModelCreators(model.session(), model.prompts(), genreNames, settings.leaveWindow(),
                    model.seed(), pool, new BuiltInCreators(CreatorPolicyKind.BOUNDED_RATIONAL, genreNames,
                    audienceShare), events);
            for (int c = 0; c < Math.min(model.creators(), creators.length); c++) {
                creators[c].modelDriven = true;
            }
        } else {
            this.modelCreators = null;
        }
        last[metricIndex(PlatformMetrics.ACTIVE_CREATORS)] = creators.length;
        last[metricIndex(PlatformMetrics.DEPARTURES)] = 0;
        last[metricIndex(PlatformMetrics.TOTAL_CLICKS)] = 0;
        if (settings.modelDriven()) {
            last[metricIndex(PlatformMetrics.FALLBACKS)] = 0;
        }
    }

    private static Recommender newRecommender(PlatformSettings settings, ItemPool pool, SplittableRandom random) {
        return switch (settings.recommender()) {
            case RANDOM -> new RandomRecommender(random);
            case POPULARITY -> new PopularityRecommender(pool, random);
            case MF, BPR -> new FactorRecommender(settings.recommender() == RecommenderKind.BPR, pool, settings.users(),
                    settings.genres(), settings.creators(), settings.embeddingSize(), settings.batchSize(),
                    settings.learningRate(), settings.epochs(), random);
        };
    }

    private int metricIndex(String name) {
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no metric " + name);
    }

    /**
     * Each creator's one or two specialities (its most skilled genres) and its back catalogue in them; LBR
     * starts from the first speciality, CFD from the catalogue's genre shares.
     */
    private void backCatalogue(SplittableRandom setup) {
        for (Creator c : creators) {
            int specialities = Math.min(settings.genres(), setup.nextDouble() < 0.5 ? 1 : 2);
            Integer[] order = new Integer[settings.genres()];
            for (int g = 0; g < order.length; g++) {
                order[g] = g;
            }
            Arrays.sort(order, (a, b) -> Double.compare(c.innateSkill[b], c.innateSkill[a]));
            for (int i = 0; i < BACK_CATALOGUE; i++) {
                int genre = order[i % specialities];
                double quality = c.drawQuality(genre);
                String name = genreNames.get(genre) + " item " + (c.made[genre] + 1) + " by " + c.name();
                c.madeItem(pool.add(c.id, genre, quality, 0, name), genre);
            }
            c.currentGenre = order[0];
            for (int g = 0; g < settings.genres(); g++) {
                c.featureState[g] = (double) c.made[g] / BACK_CATALOGUE;
            }
        }
    }

    /** Each user's history: back-catalogue items in genres it likes as positives, and sampled negatives. */
    private void histories(SplittableRandom random) {
        int items = pool.size();
        if (items == 0) {
            return;
        }
        int[] liked = new int[items];
        for (int u = 0; u < audience.users(); u++) {
            int n = 0;
            for (int i = 0; i < items; i++) {
                if (audience.likes(u, pool.genre(i))) {
                    liked[n++] = i;
                }
            }
            int positives = Math.min(HISTORY_POSITIVES, n);
            for (int p = 0; p < positives; p++) {
                int j = p + random.nextInt(n - p); // a partial shuffle: distinct picks
                int item = liked[j];
                liked[j] = liked[p];
                liked[p] = item;
                log.add(u, item, true);
                audience.markSeen(u, item);
            }
            for (int k = 0; k < HISTORY_NEGATIVES; k++) {
                int item = random.nextInt(items);
                if (!audience.likes(u, pool.genre(item))) {
                    log.add(u, item, false);
                }
            }
        }
    }

    @Override
    public List<MetricSpec> metrics() {
        return metrics;
    }

    @Override
    public long tick() {
        return tick;
    }

    @Override
    public long totalTicks() {
        return settings.rounds();
    }

    @Override
    public void step() {
        int round = (int) tick + 1;
        boolean retrained = false;
        long started = System.nanoTime();
        long startedCpu = cpuNanos();
        if (settings.recommender().learned() && (round - 1) % settings.retrainEvery() == 0) {
            trainingLoss = recommender.retrain(log, round);
            retrained = true;
            trainingNanos += System.nanoTime() - started;
            trainingCpuNanos += cpuNanos() - startedCpu;
        }
        int activeAtStart = 0;
        for (Creator c : creators) {
            activeAtStart += c.active() ? 1 : 0;
        }
        long[] newItems = new long[settings.genres()];
        int explored = create(round, newItems);
        roundClicks = 0;
        roundExposures = 0;
        Arrays.fill(roundCreatorExposure, 0);
        roundGenreExposure = new long[settings.genres()];
        gatherCandidates(round);
        for (int u = 0; u < audience.users(); u++) {
            if (userRandom.nextDouble() < userActivity) {
                serve(u, round);
            }
        }
        totalClicks += roundClicks;
        int leaving = departuresAt(round);
        tick = round;
        newItemsByRound.add(newItems);
        exposuresByRound.add(roundGenreExposure);
        record(newItems, explored, activeAtStart, leaving, retrained);
        steppingNanos += System.nanoTime() - started;
        steppingCpuNanos += cpuNanos() - startedCpu;
    }

    /**
     * CPU time of the calling thread, which also runs libtorch (one intra-op thread): on a shared machine it
     * measures the work where wall time would measure the neighbours too.
     */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Seconds (wall) spent in step() so far (for the benchmark's split; never part of the metrics). */
    double steppingSeconds() {
        return steppingNanos / 1e9;
    }

    /** Seconds (wall) of {@link #steppingSeconds()} spent retraining the recommender. */
    double trainingSeconds() {
        return trainingNanos / 1e9;
    }

    /** Creators upload; answers how many of their decisions explored. */
    private int create(int round, long[] newItems) {
        List<Creator> order = new ArrayList<>();
        for (Creator c : creators) {
            if (c.active()) {
                order.add(c);
            }
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = orderRandom.nextInt(i + 1);
            Creator t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        List<CreatorPolicy.Turn> turns = new ArrayList<>();
        for (Creator c : order) {
            if (c.random.nextDouble() < c.frequency && turns.size() < settings.maxNewItems()) {
                turns.add(new CreatorPolicy.Turn(c, c.beliefs(pool, settings.leaveWindow(),
                        settings.creatorPolicy() == CreatorPolicyKind.FULL_INFORMATION && !c.modelDriven
                                ? audienceShare : null), c.random));
            }
        }
        List<Decision> decisions = decideAll(round, turns);
        int explored = 0;
        for (int i = 0; i < turns.size(); i++) {
            CreatorPolicy.Turn t = turns.get(i);
            Decision d = decisions.get(i);
            Creator c = t.creator();
            double quality = c.drawQuality(d.genre());
            int item = pool.add(c.id, d.genre(), quality, round, d.name());
            c.madeItem(item, d.genre());
            DecisionPoint point = new DecisionPoint(round, d, t.beliefs(), item, quality);
            c.decisions.add(point);
            newItems[d.genre()]++;
            explored += d.mode() == Mode.EXPLORE ? 1 : 0;
            if (events.wants(DECISION)) {
                PlatformEvents.decision(events, c, point, genreNames);
            }
        }
        lastDecisions = turns.size();
        return explored;
    }

    private int lastDecisions;

    /** The built-in policy decides for built-in creators, the model for model-driven ones; order is kept. */
    private List<Decision> decideAll(int round, List<CreatorPolicy.Turn> turns) {
        if (modelCreators == null) {
            return policy.decide(round, turns);
        }
        List<CreatorPolicy.Turn> ruled = new ArrayList<>();
        List<CreatorPolicy.Turn> asked = new ArrayList<>();
        for (CreatorPolicy.Turn t : turns) {
            (t.creator().modelDriven ? asked : ruled).add(t);
        }
        List<Decision> fromRule = policy.decide(round, ruled);
        List<Decision> fromModel = asked.isEmpty() ? List.of() : modelCreators.decide(round, asked);
        List<Decision> out = new ArrayList<>(turns.size());
        int r = 0;
        int m = 0;
        for (CreatorPolicy.Turn t : turns) {
            out.add(t.creator().modelDriven ? fromModel.get(m++) : fromRule.get(r++));
        }
        return out;
    }

    /** Sees every slate as it is shown (tests check what slates may contain). */
    interface SlateWatcher {
        void shown(int round, int user, int[] items);
    }

    private SlateWatcher watcher;

    void watchSlates(SlateWatcher w) {
        this.watcher = w;
    }

    /** The items uploaded in the last recencyWindow rounds by creators still on the platform. */
    private void gatherCandidates(int round) {
        firstInWindow = pool.firstFrom(round - settings.recencyWindow() + 1);
        int windowSize = pool.size() - firstInWindow;
        if (candidates.length < windowSize) {
            candidates = new int[windowSize];
            cand = new int[windowSize];
            creatorOf = new int[windowSize];
            genreOf = new int[windowSize];
            scores = new double[windowSize];
            scratch = new double[windowSize];
        }
        seenMark = new boolean[windowSize];
        candidateCount = 0;
        for (int item = firstInWindow; item < pool.size(); item++) {
            if (creators[pool.creator(item)].active()) {
                candidates[candidateCount++] = item;
            }
        }
    }

    /** One visit: a slate of unseen recent items, judged in order. */
    private void serve(int user, int round) {
        audience.prune(user, firstInWindow);
        audience.markSeenInWindow(user, firstInWindow, seenMark, true);
        int count = 0;
        for (int i = 0; i < candidateCount; i++) {
            int item = candidates[i];
            if (!seenMark[item - firstInWindow]) {
                cand[count] = item;
                creatorOf[count] = pool.creator(item);
                genreOf[count] = pool.genre(item);
                count++;
            }
        }
        audience.markSeenInWindow(user, firstInWindow, seenMark, false);
        if (count == 0) {
            return;
        }
        recommender.score(user, cand, count, scores);
        int k = settings.slateSize();
        int shown;
        if (round > settings.rerankStart() && reranker == RerankerKind.FAIRNESS) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (Creator c : creators) {
                if (c.active()) {
                    min = Math.min(min, creatorExposure[c.id]);
                    max = Math.max(max, creatorExposure[c.id]);
                }
            }
            shown = Slates.fairness(scores, creatorOf, count, k, tradeoff, creatorExposure, min, max, scratch, slate);
        } else if (round > settings.rerankStart() && reranker == RerankerKind.DIVERSITY) {
            shown = Slates.diversity(scores, genreOf, count, k, tradeoff, scratch, slate);
        } else {
            shown = Slates.topK(scores, count, k, slate);
        }
        if (watcher != null) {
            int[] items = new int[shown];
            for (int s = 0; s < shown; s++) {
                items[s] = cand[slate[s]];
            }
            watcher.shown(round, user, items);
        }
        for (int s = 0; s < shown; s++) {
            int item = cand[slate[s]];
            pool.expose(item);
            int c = pool.creator(item);
            creatorExposure[c]++;
            roundCreatorExposure[c]++;
            roundGenreExposure[pool.genre(item)]++;
            roundExposures++;
            audience.markSeen(user, item);
        }
        for (int s = 0; s < shown; s++) {
            int item = cand[slate[s]];
            double p = Audience.watchChance(audience.likes(user, pool.genre(item)), pool.quality(item),
                    settings.interestWatch(), settings.otherWatch());
            if (userRandom.nextDouble() < p) {
                pool.click(item);
                creatorClicks[pool.creator(item)]++;
                roundClicks++;
                log.add(user, item, true);
            } else {
                log.add(user, item, false);
                if (userRandom.nextDouble() < settings.leaveChance()) {
                    break;
                }
            }
        }
    }

    /** The leave rule; answers how many left this round. */
    private int departuresAt(int round) {
        if (round < settings.leaveFrom()) {
            return 0;
        }
        int leaving = 0;
        for (Creator c : creators) {
            if (c.active() && c.lastItemsUnclicked(pool, settings.leaveWindow())) {
                c.departedRound = round;
                long shown = 0;
                for (int i = c.items.size() - settings.leaveWindow(); i < c.items.size(); i++) {
                    shown += pool.exposures(c.items.get(i));
                }
                c.departureReason = String.format(Locale.ROOT, "its last %d items got no click in %d exposures",
                        settings.leaveWindow(), shown);
                leaving++;
                departures++;
                if (events.wants(DEPARTURE)) {
                    PlatformEvents.departure(events, c, round, shown, pool, genreNames, settings.leaveWindow());
                }
            }
        }
        return leaving;
    }

    private void record(long[] newItems, int explored, int activeAtStart, int leaving, boolean retrained) {
        int i = 0;
        last[i++] = roundClicks;
        last[i++] = roundExposures == 0 ? Double.NaN : (double) roundClicks / roundExposures;
        last[i++] = totalClicks;
        last[i++] = activeAtStart - leaving;
        last[i++] = departures;
        double[] roundShare = new double[activeAtStart];
        double[] everShare = new double[creators.length];
        long max = 0;
        long min = Long.MAX_VALUE;
        int j = 0;
        for (Creator c : creators) {
            everShare[c.id] = creatorExposure[c.id];
            if (c.active() || c.departedRound == tick) {
                roundShare[j++] = roundCreatorExposure[c.id];
                max = Math.max(max, roundCreatorExposure[c.id]);
                min = Math.min(min, roundCreatorExposure[c.id]);
            }
        }
        last[i++] = PlatformMetrics.gini(roundShare);
        last[i++] = PlatformMetrics.gini(everShare);
        last[i++] = activeAtStart == 0 ? Double.NaN : max;
        last[i++] = activeAtStart == 0 ? Double.NaN : min;
        long made = 0;
        for (long n : newItems) {
            made += n;
        }
        last[i++] = made;
        last[i++] = PlatformMetrics.entropy(newItems);
        last[i++] = made == 0 ? Double.NaN : PlatformMetrics.coverage(newItems);
        last[i++] = PlatformMetrics.entropy(roundGenreExposure);
        last[i++] = roundExposures == 0 ? Double.NaN : PlatformMetrics.coverage(roundGenreExposure);
        last[i++] = lastDecisions == 0 ? Double.NaN : (double) explored / lastDecisions;
        last[i++] = activeAtStart == 0 ? Double.NaN : (double) roundClicks / activeAtStart;
        if (settings.recommender().learned()) {
            last[i++] = trainingLoss;
        }
        if (settings.modelDriven()) {
            last[i++] = modelCreators == null ? 0 : modelCreators.fallbacks();
        }
        if (retrained && events.wants(RETRAIN)) {
            PlatformEvents.retrain(events, tick, log.size(), trainingLoss);
        }
    }

    @Override
    public void sample(double[] out) {
        System.arraycopy(last, 0, out, 0, last.length);
    }

    @Override
    public boolean applyLive(ParameterChange change) {
        return change.apply(CreatorPlatformSimulator.RERANKER, id -> reranker = Choice.byId(RerankerKind.class, id))
                || change.apply(CreatorPlatformSimulator.TRADEOFF, v -> tradeoff = v)
                || change.apply(CreatorPlatformSimulator.USER_ACTIVITY, v -> userActivity = v);
    }

    // ---- for tests in this package ----

    ItemPool pool() {
        return pool;
    }

    Audience audience() {
        return audience;
    }

    Creator creator(int id) {
        return creators[id];
    }

    InteractionLog log() {
        return log;
    }

    long creatorExposure(int id) {
        return creatorExposure[id];
    }

    long creatorClicks(int id) {
        return creatorClicks[id];
    }

    // ---- inspection ----

    @Override
    public Inspection<CreatorPlatformDetail> inspect() {
        List<AgentView> views = new ArrayList<>(creators.length);
        List<CreatorPlatformDetail.CreatorState> states = new ArrayList<>(creators.length);
        for (Creator c : creators) {
            List<CreatorPlatformDetail.ItemState> items = new ArrayList<>(c.items.size());
            for (int item : c.items) {
                items.add(new CreatorPlatformDetail.ItemState(item, pool.name(item), pool.genre(item), pool.round(item),
                        pool.quality(item), pool.clicks(item), pool.exposures(item)));
            }
            states.add(new CreatorPlatformDetail.CreatorState(c.id, c.name(), c.modelDriven, c.frequency,
                    c.departedRound, c.departureReason, creatorClicks[c.id], creatorExposure[c.id], items, c.decisions));
            views.add(new AgentView(Integer.toString(c.id), c.name(), properties(c)));
        }
        List<long[]> newItems = new ArrayList<>(newItemsByRound.size());
        newItemsByRound.forEach(a -> newItems.add(a.clone()));
        List<long[]> exposures = new ArrayList<>(exposuresByRound.size());
        exposuresByRound.forEach(a -> exposures.add(a.clone()));
        CreatorPlatformDetail detail = new CreatorPlatformDetail(tick, settings.rounds(), genreNames,
                settings.recommender().id(), reranker.id(), settings.creatorPolicy().id(), newItems, exposures, states);
        return new Inspection<>(tick, views, detail);
    }

    private Map<String, String> properties(Creator c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("status", c.active() ? "on the platform" : "left in round " + c.departedRound + ": " + c.departureReason);
        p.put("decides by", c.modelDriven ? "a language model" : settings.creatorPolicy().id());
        p.put("creation frequency", String.format(Locale.ROOT, "%.2f", c.frequency));
        p.put("items", Integer.toString(c.items.size()));
        p.put("exposures", Long.toString(creatorExposure[c.id]));
        p.put("clicks", Long.toString(creatorClicks[c.id]));
        p.put("click-through rate", creatorExposure[c.id] == 0 ? "—"
                : String.format(Locale.ROOT, "%.3f", (double) creatorClicks[c.id] / creatorExposure[c.id]));
        Beliefs b = c.beliefs(pool, settings.leaveWindow(), null);
        int best = b.bestKnown();
        p.put("best-known genre", best < 0 ? "—" : genreNames.get(best));
        p.put("genres tried", Integer.toString(b.genres() - b.untried()));
        p.put("recent reward", Double.isNaN(b.reward()) ? "unknown"
                : String.format(Locale.ROOT, "%.3f (%s)", b.reward(), b.rewardLevelName()));
        if (c.modelDriven && modelCreators != null) {
            p.putAll(modelCreators.details(c.id));
        }
        if (!c.decisions.isEmpty()) {
            DecisionPoint d = c.decisions.get(c.decisions.size() - 1);
            p.put("last decision", "round " + d.round() + ": " + d.decision().mode().id() + " "
                    + genreNames.get(d.decision().genre()) + " — " + d.decision().reasoning());
        }
        return p;
    }

    @Override
    public void close() {
        if (settings.recommender().learned() && tick > 0) {
            LOG.info(String.format(Locale.ROOT, "%d rounds stepped in %.2f s of CPU (retraining %s %.2f s, the rest"
                    + " %.2f s), %.2f s of wall time (retraining %.2f s)", tick, steppingCpuNanos / 1e9,
                    settings.recommender().id(), trainingCpuNanos / 1e9, (steppingCpuNanos - trainingCpuNanos) / 1e9,
                    steppingSeconds(), trainingSeconds()));
        }
        recommender.close();
        policy.close();
        if (modelCreators != null) {
            modelCreators.close();
        }
    }
}
