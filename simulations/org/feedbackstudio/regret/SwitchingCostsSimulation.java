package org.feedbackstudio.regret;

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
 * One game: an oblivious adversary draws each round's losses once, and every learner in the lineup
 * plays against that same sequence, each with its own random stream. A tick is one round.
 *
 * <p>Events (each built only when wanted): {@value #SETUP} once at the start, {@value #PROGRESS} at
 * every tenth of the horizon, and {@value #FOCUS} when a learner's most likely action (with
 * probability at least 1/2) changes — looked at no more than about a thousand times a run, so a run
 * writes a few thousand events at most whatever its horizon.
 */
public final class SwitchingCostsSimulation implements Simulation {
    public static final String SETUP = "setup";
    public static final String PROGRESS = "progress";
    public static final String FOCUS = "focus";
    private static final long CHECKS_PER_RUN = 1000;
    private static final int PROGRESS_STEPS = 10;

    private final GameSettings game;
    private final Adversary adversary;
    private final Learner[] learners;
    private final Scoreboard[] scores;
    private final List<MetricSpec> metrics;
    private final EventSink events;
    private final double switchingCost;
    private final long checkEvery;
    private final int[] focus;
    private final double[] scratch;
    private long tick;
    private long nextCheck;
    private int progressStep;
    private long nextProgress;

    SwitchingCostsSimulation(GameSettings game, Adversary adversary, List<Learner> lineup, EventSink events) {
        this.game = game;
        this.adversary = adversary;
        this.learners = lineup.toArray(new Learner[0]);
        this.scores = new Scoreboard[learners.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = new Scoreboard();
        }
        this.metrics = metricsFor(lineup.stream().map(Learner::kind).toList(), game);
        this.events = events;
        this.switchingCost = game.switchingCost();
        this.checkEvery = Math.max(1, game.horizon() / CHECKS_PER_RUN);
        this.nextCheck = 1;
        this.nextProgress = progressTick(game.horizon(), 1);
        this.focus = new int[learners.length];
        Arrays.fill(focus, -1);
        this.scratch = new double[adversary.actions()];
    }

    /**
     * Starts a game from a root seed: the adversary's stream is split off first, then one stream per
     * learner in lineup order, so adding a learner at the end never changes the others' numbers.
     */
    public static SwitchingCostsSimulation start(GameSettings game, long seed, EventSink events) {
        SplittableRandom root = Seeds.root(seed);
        Adversary adversary = game.newAdversary(root.split());
        List<Learner> lineup = new ArrayList<>();
        for (LearnerKind kind : game.lineup()) {
            lineup.add(game.newLearner(kind, new LossOracle(adversary), root.split()));
        }
        return new SwitchingCostsSimulation(game, adversary, lineup, events);
    }

    /** The metrics of a lineup: regret per learner, switches per learner, then the game's theoretical rate. */
    static List<MetricSpec> metricsFor(List<LearnerKind> lineup, GameSettings game) {
        List<MetricSpec> specs = new ArrayList<>();
        for (LearnerKind kind : lineup) {
            specs.add(MetricSpec.perTick("regret." + kind.id(), "regret, " + kind.label(), "loss"));
        }
        for (LearnerKind kind : lineup) {
            specs.add(MetricSpec.perTick("switches." + kind.id(), "switches, " + kind.label(), "switches"));
        }
        specs.add(MetricSpec.perTick(SwitchingCostsSimulator.THEORY, "theoretical rate (" + Rates.regime(game) + ")", "loss"));
        return List.copyOf(specs);
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
        return game.horizon();
    }

    @Override
    public void step() {
        long t = tick + 1;
        if (learners.length == 1) {
            playAlone(learners[0], scores[0]);
        } else {
            playLineup();
        }
        tick = t;
        if (t == nextCheck) {
            checkpoint(t);
        }
        if (t == nextProgress) {
            progress(t);
        }
    }

    /**
     * The round of a lone learner, the common case and the benchmark's: the same calls in the same order
     * as {@link #playLineup}, without the loops over the lineup.
     */
    private void playAlone(Learner learner, Scoreboard score) {
        score.play(learner.choose());
        adversary.advance();
        int action = score.current();
        double loss = adversary.loss(action);
        score.incur(loss);
        learner.learn(action, loss);
    }

    /** Every learner chooses before the adversary draws the round, then each pays and learns. */
    private void playLineup() {
        for (int i = 0; i < learners.length; i++) {
            scores[i].play(learners[i].choose());
        }
        adversary.advance();
        for (int i = 0; i < learners.length; i++) {
            int action = scores[i].current();
            double loss = adversary.loss(action);
            scores[i].incur(loss);
            learners[i].learn(action, loss);
        }
    }

    @Override
    public void sample(double[] out) {
        double best = adversary.bestCumulativeLoss();
        int n = learners.length;
        for (int i = 0; i < n; i++) {
            out[i] = scores[i].regret(switchingCost, best);
            out[n + i] = scores[i].switches();
        }
        out[2 * n] = tick == 0 ? 0 : Rates.theory(game, tick);
    }

    /** The adversary's view and every learner's bookkeeping, for tests and views in this package. */
    Adversary adversary() {
        return adversary;
    }

    Learner learner(int index) {
        return learners[index];
    }

    Scoreboard score(int index) {
        return scores[index];
    }

    // ---- events ----

    private void checkpoint(long t) {
        nextCheck = t + checkEvery;
        if (t == 1 && events.wants(SETUP)) {
            publishSetup();
        }
        if (events.wants(FOCUS)) {
            for (int i = 0; i < learners.length; i++) {
                checkFocus(i, t);
            }
        }
    }

    /** The round that ends the j-th tenth of the horizon: ⌈T·j/10⌉. */
    private static long progressTick(long horizon, int step) {
        return (horizon * step + PROGRESS_STEPS - 1) / PROGRESS_STEPS;
    }

    private void progress(long t) {
        while (progressStep < PROGRESS_STEPS && progressTick(game.horizon(), progressStep + 1) <= t) {
            progressStep++;
        }
        nextProgress = progressStep < PROGRESS_STEPS ? progressTick(game.horizon(), progressStep + 1) : -1;
        if (events.wants(PROGRESS)) {
            publishProgress(t);
        }
    }

    private void publishSetup() {
        events.publish(new SimEvent(1, SETUP, "adversary: " + adversary.describe(),
                Map.of("adversary", game.adversary().id(), "description", adversary.describe())));
        for (Learner learner : learners) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("learner", learner.kind().id());
            data.put("blockLength", learner.blockLength());
            data.put("blocks", learner.blocks());
            data.put("learningRate", learner.learningRate());
            data.put("description", learner.describe());
            events.publish(new SimEvent(1, SETUP, learner.kind().id() + ": " + learner.describe(), data));
        }
    }

    private void checkFocus(int i, long t) {
        learners[i].probabilities(scratch);
        int top = 0;
        for (int k = 1; k < scratch.length; k++) {
            if (scratch[k] > scratch[top]) {
                top = k;
            }
        }
        if (scratch[top] >= 0.5 && top != focus[i]) {
            focus[i] = top;
            String id = learners[i].kind().id();
            events.publish(new SimEvent(t, FOCUS, String.format(Locale.ROOT, "%s settles on action %d (p = %.3f)%s",
                    id, top, scratch[top], top == adversary.bestAction() ? ", the best so far" : ""),
                    Map.of("learner", id, "action", top, "probability", scratch[top],
                            "bestSoFar", top == adversary.bestAction())));
        }
    }

    private void publishProgress(long t) {
        double best = adversary.bestCumulativeLoss();
        Map<String, Object> perLearner = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "round %d:", t));
        for (int i = 0; i < learners.length; i++) {
            String id = learners[i].kind().id();
            double regret = scores[i].regret(switchingCost, best);
            perLearner.put(id, Map.of("regret", regret, "switches", scores[i].switches()));
            text.append(String.format(Locale.ROOT, " %s regret %.1f, %d switches;", id, regret, scores[i].switches()));
        }
        double rate = Rates.theory(game, t);
        text.append(String.format(Locale.ROOT, " theory %.1f", rate));
        events.publish(new SimEvent(t, PROGRESS, text.toString(),
                Map.of("learners", perLearner, "rateTheory", rate)));
    }

    // ---- inspection ----

    @Override
    public Inspection<SwitchingCostsDetail> inspect() {
        double best = adversary.bestCumulativeLoss();
        List<AgentView> views = new ArrayList<>();
        List<SwitchingCostsDetail.LearnerState> states = new ArrayList<>();
        for (int i = 0; i < learners.length; i++) {
            Learner learner = learners[i];
            Scoreboard score = scores[i];
            double[] p = new double[adversary.actions()];
            learner.probabilities(p);
            double regret = score.regret(switchingCost, best);
            String id = learner.kind().id();
            Map<String, String> props = new LinkedHashMap<>();
            props.put("action", score.current() < 0 ? "none yet" : Integer.toString(score.current()));
            props.put("block length τ", Long.toString(learner.blockLength()));
            props.put("block", Math.min(learner.currentBlock(), learner.blocks()) + " of " + learner.blocks());
            props.put("learning rate η", String.format(Locale.ROOT, "%.4g", learner.learningRate()));
            props.put("switches", Long.toString(score.switches()));
            props.put("cumulative loss", String.format(Locale.ROOT, "%.2f", score.loss()));
            props.put("regret", String.format(Locale.ROOT, "%.2f", regret));
            props.put("probabilities", summarise(p));
            if (learner.kind() == LearnerKind.BUDGETED) {
                props.put("observations", Long.toString(learner.oracle().observations()));
            }
            props.put("setup", learner.describe());
            views.add(new AgentView(id, learner.kind().label(), props));
            List<Double> probabilities = new ArrayList<>(p.length);
            for (double v : p) {
                probabilities.add(v);
            }
            states.add(new SwitchingCostsDetail.LearnerState(id, score.current(), learner.blockLength(),
                    learner.currentBlock(), learner.blocks(), learner.learningRate(), score.switches(), score.loss(),
                    regret, probabilities, learner.oracle().observations(),
                    learner instanceof BudgetedObservations spender ? spender.budget() : 0, learner.describe()));
        }
        List<Double> cumulative = new ArrayList<>(adversary.actions());
        for (int k = 0; k < adversary.actions(); k++) {
            cumulative.add(adversary.cumulativeLoss(k));
        }
        SwitchingCostsDetail detail = new SwitchingCostsDetail(tick, adversary.describe(), adversary.bestAction(),
                cumulative, states);
        return new Inspection<>(tick, views, detail);
    }

    /** The three most likely actions, e.g. "3: 0.412, 7: 0.221, 1: 0.100". */
    static String summarise(double[] p) {
        int shown = Math.min(3, p.length);
        boolean[] used = new boolean[p.length];
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < shown; j++) {
            int top = -1;
            for (int k = 0; k < p.length; k++) {
                if (!used[k] && (top < 0 || p[k] > p[top])) {
                    top = k;
                }
            }
            used[top] = true;
            if (j > 0) {
                sb.append(", ");
            }
            sb.append(String.format(Locale.ROOT, "%d: %.3f", top, p[top]));
        }
        if (p.length > shown) {
            sb.append(", …");
        }
        return sb.toString();
    }
}
