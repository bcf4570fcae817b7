package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drives one simulation at a time on a worker thread: load, play, pause, step, speed, inspect and live
 * parameter changes are commands queued to that thread, so a caller (the JavaFX thread) never waits on
 * a step. Progress comes back as {@link RunBatch}es, at most about 30 a second.
 */
public final class Runner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

    /** Longest gap between two batches while running, in nanoseconds (~30 per second). */
    static final long FLUSH_NANOS = 33_000_000L;
    /** The longest stretch of stepping between two looks at the command queue. */
    private static final long SLICE_NANOS = 8_000_000L;
    /** Frames a run keeps for the charts, about; the interval between frames follows from it. */
    public static final long MAX_FRAMES_PER_RUN = 200_000;
    /** Events per batch beyond which the rest are counted, not sent. */
    public static final int MAX_EVENTS_PER_BATCH = 2_000;
    /**
     * Events of each kind a batch always takes, even past {@link #MAX_EVENTS_PER_BATCH}: a flood of one kind
     * (donations) never crowds out the rare ones (a generation's summary, a task switch, a live change).
     */
    public static final int EVENTS_PER_KIND_ALWAYS_SENT = 100;

    /** Receives batches on the worker thread; must return quickly (hand over to the UI thread). */
    public interface Listener {
        void onBatch(RunBatch batch);
    }

    private final Listener listener;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread worker;

    // Worker-thread state below: touched only by the worker.
    private volatile Predicate<String> eventFilter = kind -> true;
    private long runId;
    private Simulator simulator;
    private Scenario scenario;
    private Simulation simulation;
    private RunInfo pendingInfo;
    private long stopTick;
    private long frameInterval = 1;
    private RunState state = RunState.EMPTY;
    private Throwable failure;
    private double speed; // ticks per second; 0 = unlimited
    private long speedEpochNanos;
    private long speedEpochTick;
    private long chunk = 1;
    private final List<MetricFrame> frames = new ArrayList<>();
    private final List<SimEvent> events = new ArrayList<>();
    /** Events of each kind in the batch being collected. */
    private final java.util.Map<String, Integer> eventsPerKind = new java.util.HashMap<>();
    private long droppedEvents;
    private long lastFlushNanos;
    private long lastFlushTick;
    private double ticksPerSecond;
    private boolean dirty;
    private volatile boolean closed;

    public Runner(Listener listener) {
        this.listener = listener;
        this.worker = new Thread(this::loop, "simulation-runner");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Loads a scenario (closing any current run); the run starts paused in READY. */
    public void load(Simulator newSimulator, Scenario newScenario) {
        load(newSimulator, newScenario, ModelEnvironment.system());
    }

    /** Loads a scenario whose language models use this environment (keys, answer cache, account). */
    public void load(Simulator newSimulator, Scenario newScenario, ModelEnvironment models) {
        commands.add(() -> doLoad(newSimulator, newScenario, models));
    }

    public void play() {
        commands.add(() -> {
            if (state == RunState.READY || state == RunState.PAUSED) {
                setState(RunState.RUNNING);
                resetSpeedEpoch();
            }
        });
    }

    public void pause() {
        commands.add(() -> {
            if (state == RunState.RUNNING) {
                setState(RunState.PAUSED);
            }
        });
    }

    /** One tick, then paused. */
    public void step() {
        commands.add(() -> {
            if (state == RunState.READY || state == RunState.PAUSED || state == RunState.RUNNING) {
                setState(RunState.PAUSED);
                stepOnce(true);
                dirty = true; // the view shows every single step at once
            }
        });
    }

    /** Ticks per second; 0 or less runs as fast as possible. */
    public void setSpeed(double ticksPerSecond) {
        commands.add(() -> {
            speed = Math.max(0, ticksPerSecond);
            resetSpeedEpoch();
        });
    }

    /** Which event kinds to collect for the listener. */
    public void setEventFilter(Predicate<String> filter) {
        this.eventFilter = filter;
    }

    /** A snapshot of the current run, taken between two steps. */
    public CompletableFuture<Inspection<?>> inspect() {
        CompletableFuture<Inspection<?>> result = new CompletableFuture<>();
        commands.add(() -> {
            if (simulation == null) {
                result.completeExceptionally(new IllegalStateException("no simulation loaded"));
                return;
            }
            try {
                result.complete(simulation.inspect());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Applies a parameter to the running simulation without a reset, where the simulator allows it.
     * Completes with false when it does not (the caller should offer a reset).
     */
    public CompletableFuture<Boolean> applyLive(String name, Object value) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        commands.add(() -> {
            try {
                Object before = scenario.parameters().get(name);
                boolean applied = simulation != null && simulation.applyLive(new ParameterChange(name, value));
                if (applied) {
                    scenario = scenario.withParameters(scenario.parameters().with(name, value));
                    events.add(liveChange(simulation.tick(), name, before, value));
                    dirty = true;
                }
                result.complete(applied);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** The kind of the event that records a parameter changed while the run went on. */
    public static final String LIVE_CHANGE = "parameter";

    /**
     * The event a live change leaves in the run's record: the first tick computed with the new value, the
     * parameter, its old and new values, so that a run can be reconstructed from its events.
     */
    static SimEvent liveChange(long ticksDone, String name, Object before, Object after) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("parameter", name);
        data.put("from", before);
        data.put("to", after);
        data.put("afterTick", ticksDone);
        return new SimEvent(ticksDone + 1, LIVE_CHANGE, name + " " + show(before) + " → " + show(after)
                + " (changed live after tick " + ticksDone + ")", data);
    }

    private static String show(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }

    /** Runs a task on the worker thread between two steps (for views that need the live simulation). */
    public CompletableFuture<Void> runBetweenSteps(Runnable task) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        commands.add(() -> {
            try {
                task.run();
                result.complete(null);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    @Override
    public void close() {
        closed = true;
        commands.add(() -> { });
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- worker thread ----

    private void loop() {
        try {
            long waitNanos = 0;
            while (!closed) {
                Runnable command;
                if (state == RunState.RUNNING && waitNanos == 0) {
                    command = commands.poll();
                } else {
                    long wait = state == RunState.RUNNING ? Math.min(waitNanos, FLUSH_NANOS) : FLUSH_NANOS;
                    command = commands.poll(wait, TimeUnit.NANOSECONDS);
                }
                waitNanos = 0;
                while (command != null) {
                    command.run();
                    command = commands.poll();
                }
                if (closed) {
                    break;
                }
                if (state == RunState.RUNNING) {
                    waitNanos = runSlice();
                }
                long now = System.nanoTime();
                if (dirty || (state == RunState.RUNNING && now - lastFlushNanos >= FLUSH_NANOS)) {
                    flush(now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeSimulation();
        }
    }

    private void doLoad(Simulator newSimulator, Scenario newScenario, ModelEnvironment models) {
        closeSimulation();
        runId++;
        simulator = newSimulator;
        scenario = newScenario;
        frames.clear();
        events.clear();
        eventsPerKind.clear();
        droppedEvents = 0;
        failure = null;
        ticksPerSecond = 0;
        stopTick = 0;
        setState(RunState.LOADING);
        flush(System.nanoTime());
        try {
            simulation = newSimulator.start(newScenario, new CollectingSink(), models);
            stopTick = HeadlessRun.stopTick(simulation, newScenario);
            frameInterval = HeadlessRun.intervalFor(stopTick, MAX_FRAMES_PER_RUN);
            pendingInfo = new RunInfo(newSimulator, newScenario, simulation.metrics(), stopTick);
            chunk = 1;
            lastFlushTick = 0;
            publishFrame(false);
            setState(RunState.READY);
        } catch (ScenarioException | RuntimeException e) {
            LOG.warn("could not start {}: {}", newSimulator.id(), e.toString());
            failure = e;
            simulation = null;
            setState(RunState.FAILED);
        }
    }

    /** Steps for a few milliseconds; returns how long to wait before the next tick is due (speed limit). */
    private long runSlice() {
        long sliceStart = System.nanoTime();
        while (state == RunState.RUNNING) {
            long budget = chunk;
            if (speed > 0) {
                long due = speedEpochTick + (long) Math.floor(speed * (System.nanoTime() - speedEpochNanos) / 1e9);
                long allowed = due - simulation.tick();
                if (allowed <= 0) {
                    double nextDue = speedEpochNanos + (simulation.tick() + 1 - speedEpochTick) * 1e9 / speed;
                    return Math.max(100_000L, (long) nextDue - System.nanoTime());
                }
                budget = Math.min(budget, allowed);
            }
            long start = System.nanoTime();
            for (long i = 0; i < budget && state == RunState.RUNNING; i++) {
                stepOnce(false);
            }
            long elapsed = System.nanoTime() - start;
            // Grow the chunk while stepping is cheap, so clock reads stay rare for fast simulators.
            if (elapsed < 1_000_000L && chunk < (1L << 20)) {
                chunk *= 2;
            } else if (elapsed > 4_000_000L && chunk > 1) {
                chunk /= 2;
            }
            if (System.nanoTime() - sliceStart > SLICE_NANOS) {
                return 0;
            }
        }
        return 0;
    }

    private void stepOnce(boolean forceFrame) {
        if (simulation == null || simulation.isDone() || simulation.tick() >= stopTick) {
            setState(RunState.FINISHED);
            return;
        }
        try {
            simulation.step();
        } catch (RuntimeException | Error e) {
            LOG.warn("{} failed at tick {}", simulator.id(), simulation.tick() + 1, e);
            failure = e;
            publishFrame(false);
            setState(RunState.FAILED);
            return;
        }
        long t = simulation.tick();
        boolean milestone = simulation.atMilestone();
        boolean done = simulation.isDone() || t >= stopTick;
        if (forceFrame || milestone || done || t % frameInterval == 0) {
            publishFrame(milestone);
        }
        if (done) {
            setState(RunState.FINISHED);
        }
    }

    private void publishFrame(boolean milestone) {
        double[] values = new double[simulation.metrics().size()];
        simulation.sample(values);
        frames.add(new MetricFrame(simulation.tick(), values, milestone));
    }

    private void setState(RunState newState) {
        if (state != newState) {
            state = newState;
            dirty = true;
        }
    }

    private void resetSpeedEpoch() {
        speedEpochNanos = System.nanoTime();
        speedEpochTick = simulation == null ? 0 : simulation.tick();
    }

    private void flush(long now) {
        long tick = simulation == null ? 0 : simulation.tick();
        double seconds = (now - lastFlushNanos) / 1e9;
        if (state == RunState.RUNNING && seconds > 0 && lastFlushNanos != 0) {
            double instant = (tick - lastFlushTick) / seconds;
            ticksPerSecond = ticksPerSecond == 0 ? instant : 0.7 * ticksPerSecond + 0.3 * instant;
        } else if (state != RunState.RUNNING) {
            ticksPerSecond = 0;
        }
        RunBatch batch = new RunBatch(runId, pendingInfo, frames, events, droppedEvents, tick, stopTick,
                ticksPerSecond, state, failure);
        pendingInfo = null;
        frames.clear();
        events.clear();
        eventsPerKind.clear();
        droppedEvents = 0;
        lastFlushNanos = now;
        lastFlushTick = tick;
        dirty = false;
        try {
            listener.onBatch(batch);
        } catch (RuntimeException e) {
            LOG.error("runner listener failed", e);
        }
    }

    private void closeSimulation() {
        if (simulation != null) {
            try {
                simulation.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed", simulator.id(), e);
            }
            simulation = null;
        }
    }

    /** Collects events for the next batch, counting those beyond the cap. */
    private final class CollectingSink implements EventSink {
        @Override
        public boolean wants(String kind) {
            return eventFilter.test(kind);
        }

        @Override
        public void publish(SimEvent event) {
            int ofKind = eventsPerKind.merge(event.kind(), 1, Integer::sum);
            if (events.size() < MAX_EVENTS_PER_BATCH || ofKind <= EVENTS_PER_KIND_ALWAYS_SENT) {
                events.add(event);
            } else {
                droppedEvents++;
            }
        }
    }
}
