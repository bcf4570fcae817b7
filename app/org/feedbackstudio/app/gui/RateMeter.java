package org.feedbackstudio.app.gui;

import java.util.ArrayDeque;

/**
 * Ticks per second as a person would time them: the ticks done over the last few seconds, not between two
 * screen updates. At one tick per second most updates see no new tick; a short window would read 0.
 */
final class RateMeter {
    private record Sample(long nanos, long tick) {
    }

    private final long windowNanos;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    /** @param windowSeconds how far back the rate looks */
    RateMeter(double windowSeconds) {
        this.windowNanos = (long) (windowSeconds * 1e9);
    }

    /** Forgets everything (a new run, a pause). */
    void reset() {
        samples.clear();
    }

    /** The run had completed this many ticks at this time (System.nanoTime()). */
    void record(long nanos, long tick) {
        samples.addLast(new Sample(nanos, tick));
        // Keep one sample older than the window, so the window is always fully covered.
        while (samples.size() > 2) {
            Sample second = samples.stream().skip(1).findFirst().orElseThrow();
            if (nanos - second.nanos() >= windowNanos) {
                samples.removeFirst();
            } else {
                break;
            }
        }
    }

    /** Ticks per second over the window, or NaN until a quarter of a second has been seen. */
    double perSecond() {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        double seconds = (last.nanos() - first.nanos()) / 1e9;
        return seconds < 0.25 ? Double.NaN : (last.tick() - first.tick()) / seconds;
    }
}
