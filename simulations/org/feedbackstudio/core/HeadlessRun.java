package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.ModelEnvironment;

import java.util.List;

/**
 * Drives a simulation to its stop condition on the calling thread, publishing a frame every
 * {@code every} ticks (and at every milestone, and always at the last tick) to the observers.
 * Used by the command line, sweeps, benchmarks and tests.
 */
public final class HeadlessRun {
    private final Simulator simulator;
    private final Scenario scenario;
    private final long every;
    private final List<RunObserver> observers;
    private final ModelEnvironment models;

    /**
     * @param every publish a frame every this many ticks; 0 picks the smallest interval that keeps a
     *              run to about {@link #DEFAULT_MAX_FRAMES} frames
     */
    public HeadlessRun(Simulator simulator, Scenario scenario, long every, List<RunObserver> observers) {
        this(simulator, scenario, every, observers, ModelEnvironment.system());
    }

    /**
     * @param models where the run's language models find keys and cache answers, and the account of their use
     */
    public HeadlessRun(Simulator simulator, Scenario scenario, long every, List<RunObserver> observers,
                       ModelEnvironment models) {
        if (!simulator.id().equals(scenario.simulator())) {
            throw new IllegalArgumentException("scenario is for " + scenario.simulator() + ", not " + simulator.id());
        }
        if (every < 0) {
            throw new IllegalArgumentException("every must be >= 0");
        }
        this.simulator = simulator;
        this.scenario = scenario;
        this.every = every;
        this.observers = List.copyOf(observers);
        this.models = models;
    }

    /** About this many frames per run when no interval is given. */
    public static final long DEFAULT_MAX_FRAMES = 10_000;

    /** The frame interval that keeps {@code totalTicks} ticks to about {@code maxFrames} frames. */
    public static long intervalFor(long totalTicks, long maxFrames) {
        return Math.max(1, (totalTicks + maxFrames - 1) / maxFrames);
    }

    /** Creates the simulation; a failure here means nothing has run and nothing has been written. */
    public Started start() throws ScenarioException {
        EventSink sink = new FanOutSink(observers);
        Simulation simulation = simulator.start(scenario, sink, models);
        return new Started(simulation, sink);
    }

    /** A run whose simulation exists; {@link #run()} drives it and closes it. */
    public final class Started {
        private final Simulation simulation;
        private final EventSink sink;

        private Started(Simulation simulation, EventSink sink) {
            this.simulation = simulation;
            this.sink = sink;
        }

        public Simulation simulation() {
            return simulation;
        }

        public RunOutcome run() {
            try (Simulation sim = simulation) {
                long total = stopTick(sim, scenario);
                RunInfo info = new RunInfo(simulator, scenario, sim.metrics(), total);
                observers.forEach(o -> o.started(info));
                long interval = every > 0 ? every : intervalFor(total, DEFAULT_MAX_FRAMES);
                int width = sim.metrics().size();
                long lastPublished = -1;
                try {
                    while (!sim.isDone() && sim.tick() < total) {
                        sim.step();
                        long t = sim.tick();
                        boolean milestone = sim.atMilestone();
                        if (t % interval == 0 || milestone || sim.isDone() || t >= total) {
                            publish(sim, width, milestone);
                            lastPublished = t;
                        }
                    }
                    if (lastPublished != sim.tick()) {
                        publish(sim, width, false); // the last tick always has a frame
                    }
                } catch (RuntimeException | Error e) {
                    RunOutcome failed = new RunOutcome(sim.tick(), false, e);
                    observers.forEach(o -> o.finished(failed));
                    return failed;
                }
                RunOutcome done = new RunOutcome(sim.tick(), true, null);
                observers.forEach(o -> o.finished(done));
                return done;
            }
        }

        private void publish(Simulation sim, int width, boolean milestone) {
            double[] values = new double[width];
            sim.sample(values);
            MetricFrame frame = new MetricFrame(sim.tick(), values, milestone);
            for (RunObserver o : observers) {
                o.frame(frame);
            }
        }
    }

    /** Starts and runs in one call. */
    public RunOutcome run() throws ScenarioException {
        return start().run();
    }

    /** The tick a run stops at: the scenario's stop when set and earlier, else the natural end. */
    public static long stopTick(Simulation simulation, Scenario scenario) {
        long natural = simulation.totalTicks();
        return scenario.stopAfter() > 0 ? Math.min(natural, scenario.stopAfter()) : natural;
    }

    /** Forwards each event to the observers that want its kind. */
    static final class FanOutSink implements EventSink {
        private final List<RunObserver> observers;

        FanOutSink(List<RunObserver> observers) {
            this.observers = observers;
        }

        @Override
        public boolean wants(String kind) {
            for (RunObserver o : observers) {
                if (o.wantsEvents(kind)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void publish(SimEvent event) {
            for (RunObserver o : observers) {
                if (o.wantsEvents(event.kind())) {
                    o.event(event);
                }
            }
        }
    }
}
