package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.ModelEnvironment;

import java.util.List;

/**
 * A catalog entry: everything the studio and the command line need to know about one kind of world
 * before running it, and the factory that starts a run.
 */
public interface Simulator {

    /** Stable id used in scenario files and on the command line, e.g. "switching-costs". */
    String id();

    /** Title shown in the catalog. */
    String title();

    /** One sentence on what the simulator shows. */
    String summary();

    /** What one tick is called: "round", "generation", "iteration". */
    String tickName();

    /** The unit {@code bench} reports throughput in, e.g. "rounds" or "donations". */
    default String workUnit() {
        return tickName() + "s";
    }

    ParameterSpace parameters();

    /**
     * The kinds of event its simulations publish (what {@code run --events KINDS} may name); empty when
     * the simulator does not say, and then any kind is accepted.
     */
    default List<String> eventKinds() {
        return List.of();
    }

    /**
     * Checks rules that involve several parameters (e.g. a budget no larger than K × T).
     *
     * @throws ScenarioException naming the field at fault (as "parameters.NAME") and what is allowed
     */
    default void check(ParameterValues values) throws ScenarioException {
    }

    /**
     * Checks rules that involve the whole scenario, such as a parameter that needs the scenario's model
     * block (agents driven by a language model need one to ask).
     *
     * @throws ScenarioException naming the field at fault and what is allowed
     */
    default void check(Scenario scenario) throws ScenarioException {
    }

    /** The metric series a run with these values reports. */
    List<MetricSpec> metrics(ParameterValues values);

    /** The charts the studio shows by default for a run with these values. */
    List<ChartSpec> charts(ParameterValues values);

    /**
     * Starts a run. The scenario is already valid for this simulator.
     *
     * @throws ScenarioException when the run cannot start (a data file missing, a model not found)
     */
    Simulation start(Scenario scenario, EventSink events) throws ScenarioException;

    /**
     * Starts a run whose language models (if the scenario has any) use this machine's environment: where
     * keys come from, where answers are cached, and the account that totals the run's use. Simulators
     * without models need not override it.
     */
    default Simulation start(Scenario scenario, EventSink events, ModelEnvironment models) throws ScenarioException {
        return start(scenario, events);
    }

    /** Class-path location of the simulator's Info page (a small Markdown document). */
    default String infoResource() {
        return "assets/docs/" + id() + ".md";
    }
}
