package org.feedbackstudio.streams;

import org.feedbackstudio.streams.data.LabelledImages;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelTransformTest {
    private static final int SIDE = 28;
    private static final int N = SIDE * SIDE;

    /** One image whose pixels are given as 0–255 values. */
    private static LabelledImages image(int[] values) {
        byte[] pixels = new byte[N];
        for (int i = 0; i < N; i++) {
            pixels[i] = (byte) values[i];
        }
        return new LabelledImages(pixels, new byte[] {3}, SIDE, SIDE);
    }

    private static LabelledImages singlePixel(int row, int col) {
        int[] v = new int[N];
        v[row * SIDE + col] = 255;
        return image(v);
    }

    private static float[] apply(PixelTransform t, LabelledImages images) {
        float[] out = new float[N];
        t.apply(images, 0, out, 0);
        return out;
    }

    @Test
    void identityScalesToTheUnitInterval() {
        int[] v = new int[N];
        for (int i = 0; i < N; i++) {
            v[i] = i % 256;
        }
        float[] out = apply(new PixelTransform.Identity(), image(v));
        for (int i = 0; i < N; i++) {
            assertEquals((i % 256) / 255f, out[i], 1e-7);
        }
    }

    @Test
    void aPermutationMovesEveryPixelWhereItSays() {
        int[] source = new int[N];
        for (int p = 0; p < N; p++) {
            source[p] = (p * 37 + 11) % N; // 37 is coprime to 784, so this is a permutation
        }
        PixelTransform.Permutation perm = new PixelTransform.Permutation(source);
        int[] v = new int[N];
        for (int i = 0; i < N; i++) {
            v[i] = (i * 7) % 256;
        }
        float[] out = apply(perm, image(v));
        for (int p = 0; p < N; p++) {
            assertEquals(v[source[p]] / 255f, out[p], 1e-7);
        }
    }

    @Test
    void randomPermutationsArePermutationsAndDependOnTheSeed() {
        PixelTransform.Permutation a = PixelTransform.Permutation.random(N, new SplittableRandom(1));
        PixelTransform.Permutation b = PixelTransform.Permutation.random(N, new SplittableRandom(1));
        PixelTransform.Permutation c = PixelTransform.Permutation.random(N, new SplittableRandom(2));
        boolean[] hit = new boolean[N];
        int same = 0;
        int fixed = 0;
        for (int p = 0; p < N; p++) {
            hit[a.source(p)] = true;
            assertEquals(a.source(p), b.source(p));
            same += a.source(p) == c.source(p) ? 1 : 0;
            fixed += a.source(p) == p ? 1 : 0;
        }
        for (boolean h : hit) {
            assertTrue(h);
        }
        assertTrue(same < 20, "two seeds should give different permutations");
        assertTrue(fixed < 20, "a random permutation moves almost every pixel");
    }

    @Test
    void somethingThatIsNotAPermutationIsRefused() {
        int[] bad = new int[N];
        assertThrows(IllegalArgumentException.class, () -> new PixelTransform.Permutation(bad));
    }

    @Test
    void rotationByNinetyDegreesTurnsCounterClockwise() {
        // The pixel at the right edge, row 13, goes to the top edge, column 13.
        float[] out = apply(new PixelTransform.Rotation(90, SIDE), singlePixel(13, 27));
        assertEquals(1f, out[0 * SIDE + 13], 1e-5);
        float total = 0;
        for (float f : out) {
            total += f;
        }
        assertEquals(1f, total, 1e-5);
    }

    @Test
    void rotationByHalfATurnMirrorsBothAxes() {
        float[] out = apply(new PixelTransform.Rotation(180, SIDE), singlePixel(3, 5));
        assertEquals(1f, out[(27 - 3) * SIDE + (27 - 5)], 1e-5);
    }

    @Test
    void rotationByZeroOrAFullTurnChangesNothing() {
        int[] v = new int[N];
        for (int i = 0; i < N; i++) {
            v[i] = (i * 13) % 256;
        }
        LabelledImages img = image(v);
        float[] identity = apply(new PixelTransform.Identity(), img);
        assertArrayEquals(identity, apply(new PixelTransform.Rotation(0, SIDE), img), 1e-6f);
        assertArrayEquals(identity, apply(new PixelTransform.Rotation(360, SIDE), img), 1e-4f);
    }

    @Test
    void bilinearWeightsKeepAUniformImageUniformInsideAndBlackOutside() {
        int[] v = new int[N];
        java.util.Arrays.fill(v, 200);
        float[] out = apply(new PixelTransform.Rotation(30, SIDE), image(v));
        assertEquals(200 / 255f, out[14 * SIDE + 14], 1e-5, "the centre samples only inside pixels");
        assertEquals(0f, out[0], 1e-6, "the corner comes from outside the image");
    }

    @Test
    void aQuarterTurnIsAnExactRemapOfEveryPixel() {
        int[] v = new int[N];
        for (int i = 0; i < N; i++) {
            v[i] = (i * 7 + 3) % 251;
        }
        float[] out = apply(new PixelTransform.Rotation(90, SIDE), image(v));
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                assertEquals(v[c * SIDE + (27 - r)] / 255f, out[r * SIDE + c], 1e-5, r + "," + c);
            }
        }
    }

    @Test
    void betweenPixelsTheValueIsInterpolatedBilinearly() {
        int[] v = new int[N];
        for (int i = 0; i < N; i++) {
            v[i] = (i * 7 + 3) % 251;
        }
        float[] out = apply(new PixelTransform.Rotation(45, SIDE), image(v));
        // Output (row 10, col 20) is (6.5, −3.5) from the centre; turned back by 45° it comes from
        // column 13.5 + 10·cos 45° and row 13.5 + 3·sin 45°.
        double sx = 13.5 + 10 * Math.sqrt(0.5);
        double sy = 13.5 + 3 * Math.sqrt(0.5);
        int c0 = (int) Math.floor(sx);
        int r0 = (int) Math.floor(sy);
        double dx = sx - c0;
        double dy = sy - r0;
        double expected = (1 - dx) * (1 - dy) * v[r0 * SIDE + c0] + dx * (1 - dy) * v[r0 * SIDE + c0 + 1]
                + (1 - dx) * dy * v[(r0 + 1) * SIDE + c0] + dx * dy * v[(r0 + 1) * SIDE + c0 + 1];
        assertEquals(20, c0);
        assertEquals(15, r0);
        assertEquals(expected / 255, out[10 * SIDE + 20], 1e-5);
    }
}
