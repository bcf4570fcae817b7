package org.feedbackstudio.app.gui;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.Simulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The studio window's decisions, apart from its layout: which scenario is shown (the parameters and seed
 * as edited), whether an edit applies at once, live, or at the next reset, whether the run may start,
 * and what the run's progress means. Plain Java, so it is tested without the JavaFX thread; the
 * {@link StudioWindow} shows what it decides. Called on one thread (the JavaFX thread in the studio).
 */
final class StudioViewModel {

    /** What an edit of a parameter or of the seed leads to. */
    sealed interface Edit permits Refused, Unchanged, RestartNow, ApplyLive, ResetPending {
    }

    /**
     * The edit cannot be used: {@code parameter} (null for the seed) is at fault, {@code problem} says why,
     * {@code message} says it to the user.
     */
    record Refused(String parameter, String problem, String message) implements Edit {
    }

    /** Nothing changed. */
    record Unchanged() implements Edit {
    }

    /** The run has not started (or must start again): start it with the values shown. */
    record RestartNow() implements Edit {
    }

    /** Send the value to the running simulation, then report with {@link #liveApplied} or {@link #liveRefused}. */
    record ApplyLive(String name, Object value) implements Edit {
    }

    /** The running simulation goes on with the old values; offer a reset for these. */
    record ResetPending(Set<String> names) implements Edit {
        ResetPending {
            names = Set.copyOf(names);
        }

        /** "steps takes effect when the run starts again…", in the order they were edited. */
        String message(List<String> ordered) {
            return String.join(", ", ordered) + (ordered.size() == 1 ? " takes" : " take")
                    + " effect when the run starts again. The current run goes on with the old values.";
        }
    }

    private final Catalog catalog;
    private final SweepViewModel sweep;
    private Simulator simulator;
    private Scenario scenario;
    private ParameterValues edited;
    private long editedSeed;
    private String problem;
    private final Set<String> pendingReset = new LinkedHashSet<>();
    private RunBatch lastBatch;
    private RunInfo runInfo;

    /** @param ui where background work reports (the JavaFX thread in the studio) */
    StudioViewModel(Catalog catalog, Executor ui) {
        this.catalog = catalog;
        this.sweep = new SweepViewModel(ui, this::simulator, this::scenarioShown);
    }

    Catalog catalog() {
        return catalog;
    }

    /** The Sweep tab's own view model. */
    SweepViewModel sweep() {
        return sweep;
    }

    // ---------------------------------------------------------------- the scenario shown

    /**
     * Shows a scenario: its parameters and seed become the edited ones; nothing is pending.
     *
     * @return whether it is another simulator than the one shown
     */
    boolean load(Scenario newScenario) {
        Simulator next = catalog.find(newScenario.simulator()).orElseThrow(
                () -> new IllegalArgumentException("no simulator " + newScenario.simulator() + " in the catalog"));
        boolean another = simulator == null || !simulator.id().equals(next.id());
        simulator = next;
        scenario = newScenario;
        edited = newScenario.parameters();
        editedSeed = newScenario.seed();
        pendingReset.clear();
        problem = null;
        lastBatch = null;
        runInfo = null;
        return another;
    }

    /** Reads a scenario file for this catalog; a bad file throws and changes nothing. */
    Scenario read(Path file) throws ScenarioException {
        return new ScenarioReader(catalog).read(file);
    }

    Simulator simulator() {
        return simulator;
    }

    /** The scenario as the studio shows it: the parameters and seed as edited. */
    Scenario scenarioShown() {
        return scenario.withParameters(edited).withSeed(editedSeed);
    }

    ParameterValues edited() {
        return edited;
    }

    long seed() {
        return editedSeed;
    }

    /** Why the edited parameters do not go together, or null. */
    String problem() {
        return problem;
    }

    /** Edits that wait for the next reset, in the order they were made. */
    List<String> pendingReset() {
        return new ArrayList<>(pendingReset);
    }

    /**
     * What the banner says about the edits waiting for a reset, true to the run's state: a run still going
     * on keeps its old values; a finished run simply ran with them.
     */
    String pendingMessage() {
        List<String> names = pendingReset();
        if (names.isEmpty()) {
            return "";
        }
        String take = String.join(", ", names) + (names.size() == 1 ? " takes" : " take");
        RunState state = runState();
        if (state == RunState.FINISHED || state == RunState.FAILED) {
            return take + " effect when the run starts again: press Reset. The run shown "
                    + (state == RunState.FINISHED ? "finished" : "stopped") + " with the values it started with.";
        }
        return new ResetPending(Set.copyOf(names)).message(names);
    }

    /** The scenario the next reset starts, or null while the parameters have a problem. */
    Scenario nextRun() {
        return problem != null ? null : scenarioShown();
    }

    /** Parameters whose edited value is not their default. */
    List<Parameter<?>> offDefault() {
        List<Parameter<?>> off = new ArrayList<>();
        for (Parameter<?> p : simulator.parameters().all()) {
            if (!p.defaultValue().equals(edited.get(p.name()))) {
                off.add(p);
            }
        }
        return off;
    }

    // ---------------------------------------------------------------- edits

    /**
     * A value committed in the parameter sheet. A parameter change before the run starts applies at
     * once; during a run a live one applies live, any other waits for a reset. Never silently ignored.
     */
    Edit parameterEdited(String name, Object value) {
        ParameterValues candidate = edited.with(name, value);
        edited = candidate;
        try {
            simulator.check(candidate);
        } catch (ScenarioException e) {
            problem = e.getMessage();
            String field = e.field() != null && e.field().startsWith("parameters.")
                    ? e.field().substring("parameters.".length()) : name;
            return new Refused(field, e.problem(), "These parameters do not go together: " + e.getMessage()
                    + " Change one of them to continue.");
        }
        boolean hadProblem = problem != null;
        problem = null;
        Parameter<?> parameter = simulator.parameters().find(name).orElseThrow();
        if (notStartedYet() || (hadProblem && pendingReset.isEmpty() && !parameter.live())) {
            return new RestartNow();
        }
        if (parameter.live() && pendingReset.isEmpty()) {
            return new ApplyLive(name, value);
        }
        pendingReset.add(name);
        return new ResetPending(pendingReset);
    }

    /** The running simulation took a live value; the status line says so. */
    String liveApplied(String name, Object value) {
        scenario = scenario.withParameters(scenario.parameters().with(name, value));
        Parameter<?> p = simulator.parameters().find(name).orElseThrow();
        return name + " = " + p.format(value) + " applied live";
    }

    /**
     * What sets the run shown apart, for the legend of a run kept as an overlay: its seed and each parameter
     * whose value (live changes included) differs from the reference (a preset, a file; null = defaults).
     */
    String runDescription(ParameterValues reference) {
        List<String> parts = new ArrayList<>();
        parts.add("seed " + scenario.seed());
        for (Parameter<?> p : simulator.parameters().all()) {
            Object base = reference != null && reference.space().find(p.name()).isPresent()
                    ? reference.get(p.name()) : p.defaultValue();
            Object value = scenario.parameters().get(p.name());
            if (!value.equals(base)) {
                parts.add(p.name() + " " + org.feedbackstudio.app.gui.kit.Numbers.plain(value));
            }
        }
        int shown = Math.min(parts.size(), 4);
        String text = String.join(" · ", parts.subList(0, shown));
        return parts.size() > shown ? text + " +" + (parts.size() - shown) + " more" : text;
    }

    /**
     * The line under an exported chart's title: the scenario's name, the seed, and every parameter whose
     * value in the run shown (live changes included) differs from its default.
     */
    String exportSubtitle() {
        List<String> parts = new ArrayList<>();
        parts.add(scenario.name().isEmpty() ? simulator.title() : scenario.name());
        parts.add("seed " + scenario.seed());
        List<String> changed = new ArrayList<>();
        for (Parameter<?> p : simulator.parameters().all()) {
            Object value = scenario.parameters().get(p.name());
            if (!value.equals(p.defaultValue())) {
                changed.add(p.name() + " " + org.feedbackstudio.app.gui.kit.Numbers.plain(value));
            }
        }
        parts.add(changed.isEmpty() ? "all parameters at their defaults" : String.join(", ", changed));
        return String.join(" · ", parts);
    }

    /** The running simulation refused a live value after all: it waits for a reset. */
    Edit liveRefused(String name) {
        pendingReset.add(name);
        return new ResetPending(pendingReset);
    }

    /** A seed typed in the seed field. */
    Edit seedEdited(String text) {
        String t = text.strip();
        long seed;
        try {
            seed = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return new Refused(null, "not a whole number", "Seed: \"" + t + "\" is not a whole number; the seed stays "
                    + editedSeed + ".");
        }
        return seed == editedSeed ? new Unchanged() : seedChanged(seed);
    }

    /** A seed drawn by New seed. */
    Edit seedChanged(long seed) {
        editedSeed = seed;
        if (notStartedYet()) {
            return new RestartNow();
        }
        pendingReset.add("seed");
        return new ResetPending(pendingReset);
    }

    // ---------------------------------------------------------------- the run

    /** The run reported; returns a line for the status bar when the run ended, else null. */
    String batch(RunBatch batch) {
        lastBatch = batch;
        if (batch.info() != null) {
            runInfo = batch.info();
        }
        if (batch.state() == RunState.FINISHED) {
            return "Finished after " + String.format(Locale.ROOT, "%,d", batch.tick()) + " "
                    + simulator.tickName() + "s. Reset to run again, or change parameters.";
        }
        return null;
    }

    /** What to say when the run failed (the charts keep what it produced). */
    String failure(RunBatch batch) {
        Throwable f = batch.failure();
        String where = batch.tick() == 0 && batch.totalTicks() == 0 ? "The run could not start: "
                : "The run stopped at " + simulator.tickName() + " " + (batch.tick() + 1) + ": ";
        return where + (f.getMessage() == null ? f.toString() : f.getMessage()) + " The charts keep what it produced.";
    }

    RunState runState() {
        return lastBatch == null ? RunState.LOADING : lastBatch.state();
    }

    /** Ticks the run has completed, or -1 before its first report. */
    long tick() {
        return lastBatch == null ? -1 : lastBatch.tick();
    }

    /** The run's description, once it reported. */
    RunInfo runInfo() {
        return runInfo;
    }

    boolean canPlay() {
        return runState() == RunState.READY || runState() == RunState.PAUSED;
    }

    boolean canPause() {
        return runState() == RunState.RUNNING;
    }

    /** Whether play must first start a new run, for edits that wait for a reset. */
    boolean resetBeforePlay() {
        return !pendingReset.isEmpty() && runState() != RunState.RUNNING;
    }

    /** A run that has not taken a step yet takes any change at once. */
    boolean notStartedYet() {
        return lastBatch == null || lastBatch.tick() == 0 && lastBatch.state() != RunState.RUNNING;
    }
}
