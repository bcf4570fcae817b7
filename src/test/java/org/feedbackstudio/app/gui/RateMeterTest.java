package org.feedbackstudio.app.gui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar's ticks per second, on a clock the test drives. */
class RateMeterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void oneTickPerSecondReadsOneEvenThoughMostUpdatesSeeNoTick() {
        RateMeter meter = new RateMeter(3);
        // 30 updates a second, a tick every second: the run's own per-update rate is 0 most of the time.
        for (int i = 0; i <= 30 * 10; i++) {
            long nanos = i * SECOND / 30;
            meter.record(nanos, nanos / SECOND);
        }
        assertEquals(1.0, meter.perSecond(), 0.35);
    }

    @Test
    void aSteadyRateIsReadExactlyAndTheWindowForgetsTheStart() {
        RateMeter meter = new RateMeter(2);
        for (int i = 0; i <= 100; i++) {
            meter.record(i * SECOND / 10, i * 500L); // 5,000 ticks per second
        }
        assertEquals(5000, meter.perSecond(), 1e-9);
        for (int i = 101; i <= 200; i++) {
            meter.record(i * SECOND / 10, 100 * 500L + (i - 100) * 20L); // then 200 per second
        }
        assertEquals(200, meter.perSecond(), 1e-9, "only the last two seconds count");
    }

    @Test
    void tooShortAWindowIsNotANumberYet() {
        RateMeter meter = new RateMeter(3);
        meter.record(0, 0);
        meter.record(SECOND / 10, 10);
        assertTrue(Double.isNaN(meter.perSecond()));
        meter.reset();
        assertTrue(Double.isNaN(meter.perSecond()));
    }
}
