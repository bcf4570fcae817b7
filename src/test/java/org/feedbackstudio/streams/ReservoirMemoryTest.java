package org.feedbackstudio.streams;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReservoirMemoryTest {

    @Test
    void fillsUpThenStaysAtCapacity() {
        ReservoirMemory m = new ReservoirMemory(10, new SplittableRandom(1));
        for (int i = 0; i < 7; i++) {
            m.offer(1, i);
        }
        assertEquals(7, m.size());
        for (int i = 0; i < 1000; i++) {
            m.offer(2, i);
        }
        assertEquals(10, m.size());
        assertEquals(1007, m.offered());
        int[] counts = m.countsPerTask(3);
        assertEquals(10, counts[0] + counts[1]);
        assertEquals(0, counts[2]);
    }

    @Test
    void everyOfferedSampleIsKeptWithProbabilityCapacityOverN() {
        // 20 samples offered to a memory of 5, repeated: each should be kept 1/4 of the time.
        int trials = 20_000;
        int[] kept = new int[20];
        SplittableRandom seeds = new SplittableRandom(7);
        for (int t = 0; t < trials; t++) {
            ReservoirMemory m = new ReservoirMemory(5, seeds.split());
            for (int i = 0; i < 20; i++) {
                m.offer(1, i);
            }
            m.draw(5, (task, image) -> kept[image]++);
        }
        for (int i = 0; i < 20; i++) {
            double p = (double) kept[i] / trials;
            assertEquals(0.25, p, 0.02, "sample " + i);
        }
    }

    @Test
    void drawsAreDistinctAndLimitedToWhatIsThere() {
        ReservoirMemory m = new ReservoirMemory(50, new SplittableRandom(3));
        for (int i = 0; i < 30; i++) {
            m.offer(1 + i % 3, i);
        }
        Set<Integer> seen = new HashSet<>();
        int n = m.draw(20, (task, image) -> {
            assertTrue(seen.add(image), "drawn twice: " + image);
            assertEquals(1 + image % 3, task);
        });
        assertEquals(20, n);
        assertEquals(30, m.draw(100, (task, image) -> { }));
        assertArrayEquals(new int[] {10, 10, 10}, m.countsPerTask(3));
    }

    @Test
    void anEmptyOrZeroSizedMemoryDrawsNothing() {
        ReservoirMemory none = new ReservoirMemory(0, new SplittableRandom(3));
        none.offer(1, 1);
        assertEquals(0, none.size());
        assertEquals(0, none.draw(5, (task, image) -> { }));
    }
}
