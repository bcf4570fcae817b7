package org.feedbackstudio.streams;

import org.feedbackstudio.streams.data.Dataset;
import org.feedbackstudio.streams.data.DatasetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamBuilderTest {
    private static Dataset data;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.bundled();
    }

    @Test
    void splitTasksHoldTheirPairOfClasses() {
        List<StreamTask> tasks = StreamBuilder.build(StreamKind.SPLIT, 5, 0, data, 150, new SplittableRandom(1));
        assertEquals(5, tasks.size());
        for (StreamTask t : tasks) {
            int a = 2 * (t.number() - 1);
            assertEquals(2000, t.trainCount(), "1,000 training images of each of two classes");
            for (int image : t.trainImages()) {
                int label = data.train().label(image);
                assertTrue(label == a || label == a + 1);
            }
            assertEquals(150, t.testCount());
            for (int image : t.testImages()) {
                int label = data.test().label(image);
                assertTrue(label == a || label == a + 1);
            }
            assertInstanceOf(PixelTransform.Identity.class, t.transform());
        }
        assertEquals("classes 2 & 3 (Pullover, Dress)", tasks.get(1).name());
    }

    @Test
    void testSubsetsAreFixedPerSeedAndEqualInSize() {
        List<StreamTask> a = StreamBuilder.build(StreamKind.PERMUTED, 4, 0, data, 300, new SplittableRandom(5));
        List<StreamTask> b = StreamBuilder.build(StreamKind.PERMUTED, 4, 0, data, 300, new SplittableRandom(5));
        List<StreamTask> c = StreamBuilder.build(StreamKind.PERMUTED, 4, 0, data, 300, new SplittableRandom(6));
        assertEquals(a, b);
        assertFalse(Arrays.equals(a.get(0).testImages(), c.get(0).testImages()));
        for (StreamTask t : a) {
            assertEquals(300, t.testCount());
            int[] test = t.testImages();
            assertEquals(300, Arrays.stream(test).distinct().count());
        }
        // The split stream's pairs have 400 test images, so 1,000 requested gives 400 per task.
        List<StreamTask> split = StreamBuilder.build(StreamKind.SPLIT, 5, 0, data, 1000, new SplittableRandom(1));
        split.forEach(t -> assertEquals(400, t.testCount()));
    }

    @Test
    void permutedTasksShowTheOriginalsFirstThenTheirOwnPermutation() {
        List<StreamTask> tasks = StreamBuilder.build(StreamKind.PERMUTED, 3, 0, data, 100, new SplittableRandom(3));
        assertInstanceOf(PixelTransform.Identity.class, tasks.get(0).transform());
        PixelTransform.Permutation p2 = assertInstanceOf(PixelTransform.Permutation.class, tasks.get(1).transform());
        PixelTransform.Permutation p3 = assertInstanceOf(PixelTransform.Permutation.class, tasks.get(2).transform());
        int differ = 0;
        for (int p = 0; p < 784; p++) {
            differ += p2.source(p) != p3.source(p) ? 1 : 0;
        }
        assertTrue(differ > 700);
        assertEquals(10_000, tasks.get(1).trainCount(), "every training image in every task");
    }

    @Test
    void rotatedTaskKTurnsByKMinusOneSteps() {
        List<StreamTask> tasks = StreamBuilder.build(StreamKind.ROTATED, 4, 9, data, 100, new SplittableRandom(3));
        for (int k = 1; k <= 4; k++) {
            PixelTransform.Rotation r = assertInstanceOf(PixelTransform.Rotation.class, tasks.get(k - 1).transform());
            assertEquals((k - 1) * 9.0, r.degrees(), 1e-12);
        }
        assertEquals("rotated 27°", tasks.get(3).name());
    }

    @Test
    void theSplitStreamHasAtMostFiveTasks() {
        assertThrows(IllegalArgumentException.class,
                () -> StreamBuilder.build(StreamKind.SPLIT, 6, 0, data, 100, new SplittableRandom(1)));
    }

    @Test
    void testSetsAreTransformedAsTheTaskTransformsThem() {
        List<StreamTask> tasks = StreamBuilder.build(StreamKind.PERMUTED, 2, 0, data, 20, new SplittableRandom(8));
        StreamData stream = new StreamData(data, tasks, false, new SplittableRandom(1));
        float[] features = new float[20 * 784];
        int[] labels = new int[20];
        stream.testSet(2, features, 0, labels, 0);
        int image = tasks.get(1).testImages()[3];
        PixelTransform.Permutation p = (PixelTransform.Permutation) tasks.get(1).transform();
        for (int q = 0; q < 784; q++) {
            assertEquals(data.test().pixel(image, p.source(q)) / 255f, features[3 * 784 + q], 1e-7);
        }
        assertEquals(data.test().label(image), labels[3]);
    }

    @Test
    void samplersShuffleEachPassAndOnlineSamplersStopAfterOne() {
        StreamTask task = new StreamTask(1, "t", new PixelTransform.Identity(), new int[] {10, 11, 12, 13},
                new int[] {0});
        TaskSampler sampler = new TaskSampler(task, new SplittableRandom(4), false);
        int[] first = new int[4];
        int[] second = new int[4];
        for (int i = 0; i < 4; i++) {
            assertEquals(sampler.peek(i), first[i] = sampler.next());
        }
        assertEquals(0, sampler.pass());
        for (int i = 0; i < 4; i++) {
            second[i] = sampler.next();
        }
        assertEquals(1, sampler.pass());
        int[] sorted1 = first.clone();
        int[] sorted2 = second.clone();
        Arrays.sort(sorted1);
        Arrays.sort(sorted2);
        assertArrayEquals(new int[] {10, 11, 12, 13}, sorted1);
        assertArrayEquals(new int[] {10, 11, 12, 13}, sorted2);
        TaskSampler online = new TaskSampler(task, new SplittableRandom(4), true);
        for (int i = 0; i < 4; i++) {
            online.next();
        }
        assertThrows(IllegalStateException.class, online::next);
    }
}
