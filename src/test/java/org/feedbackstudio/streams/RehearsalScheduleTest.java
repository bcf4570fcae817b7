package org.feedbackstudio.streams;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RehearsalScheduleTest {

    @Test
    void powerLawWeightsFollowTheFormula() {
        RehearsalSchedule s = new RehearsalSchedule.PowerLaw(0.1, 5.6);
        for (int a = 1; a <= 20; a++) {
            assertEquals(Math.pow(1 + 0.1 * a, -5.6), s.weight(a), 1e-15);
        }
        // The course re-implementation's per-task counts 57927·(1 + 0.1·a)^(−5.6) have the same shape.
        double[] shares = s.shares(4);
        for (int a = 2; a <= 4; a++) {
            double course = 57927 * Math.pow(1 + 0.1 * a, -5.6) / (57927 * Math.pow(1.1, -5.6));
            assertEquals(course, shares[a - 1] / shares[0], 1e-12);
        }
    }

    @Test
    void exponentialWeightsFollowTheFormula() {
        RehearsalSchedule s = new RehearsalSchedule.Exponential(2.0);
        for (int a = 1; a <= 10; a++) {
            assertEquals(Math.exp(-a / 2.0), s.weight(a), 1e-15);
        }
    }

    @Test
    void sharesAreNormalisedWeights() {
        double[] shares = new RehearsalSchedule.PowerLaw(1.0, 1.0).shares(3);
        // weights 1/2, 1/3, 1/4 sum to 13/12
        assertArrayEquals(new double[] {6.0 / 13, 4.0 / 13, 3.0 / 13}, shares, 1e-15);
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, new RehearsalSchedule.Uniform().shares(4), 1e-15);
    }

    @Test
    void quotasAreWholeNumbersThatAddUpToTheBudget() {
        RehearsalSchedule s = new RehearsalSchedule.PowerLaw(1.0, 1.0);
        assertArrayEquals(new long[] {6, 4, 3}, s.quotas(3, 13));
        // 46.15, 30.77, 23.08: floors 46, 30, 23 and the one left goes to the largest remainder
        assertArrayEquals(new long[] {46, 31, 23}, s.quotas(3, 100));
        // ties go to the younger task
        assertArrayEquals(new long[] {4, 3, 3}, new RehearsalSchedule.Uniform().quotas(3, 10));
        assertArrayEquals(new long[0], s.quotas(0, 100));
    }

    @Test
    void quotasStayWithinOneSampleOfTheExactShare() {
        RehearsalSchedule[] schedules = {new RehearsalSchedule.Uniform(), new RehearsalSchedule.PowerLaw(0.1, 5.6),
                new RehearsalSchedule.Exponential(2.0), new RehearsalSchedule.PowerLaw(2.0, 0.5)};
        for (RehearsalSchedule s : schedules) {
            for (int old = 1; old <= 19; old++) {
                for (long budget : new long[] {0, 1, 7, 640, 6400, 12_345}) {
                    long[] q = s.quotas(old, budget);
                    assertEquals(budget, Arrays.stream(q).sum(), s + " " + old + " " + budget);
                    double[] shares = s.shares(old);
                    for (int i = 0; i < old; i++) {
                        assertTrue(Math.abs(q[i] - budget * shares[i]) < 1.0, s + " age " + (i + 1));
                    }
                }
            }
        }
    }

    @Test
    void youngerTasksGetMoreUnderDecayingSchedules() {
        long[] power = new RehearsalSchedule.PowerLaw(0.1, 5.6).quotas(9, 6400);
        long[] exp = new RehearsalSchedule.Exponential(2.0).quotas(9, 6400);
        for (int i = 1; i < 9; i++) {
            assertTrue(power[i] <= power[i - 1]);
            assertTrue(exp[i] <= exp[i - 1]);
        }
        // The power law's tail is heavier than the exponential's with these settings.
        assertTrue(power[8] > exp[8], Arrays.toString(power) + " vs " + Arrays.toString(exp));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RehearsalSchedule.PowerLaw(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RehearsalSchedule.Exponential(0));
        assertThrows(IllegalArgumentException.class, () -> new RehearsalSchedule.Uniform().weight(0));
        assertThrows(IllegalArgumentException.class, () -> new RehearsalSchedule.Uniform().quotas(2, -1));
    }
}
