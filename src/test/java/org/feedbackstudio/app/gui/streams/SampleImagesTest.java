package org.feedbackstudio.app.gui.streams;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SampleImagesTest {

    @Test
    void greyValuesBecomeBytesRoundedAndClamped() {
        assertEquals(0, SampleImages.grey(0f));
        assertEquals(255, SampleImages.grey(1f));
        assertEquals(128, SampleImages.grey(0.5f)); // 127.5 rounds up
        assertEquals(51, SampleImages.grey(0.2f));
        assertEquals(0, SampleImages.grey(-0.3f));
        assertEquals(255, SampleImages.grey(1.7f));
        assertEquals(0, SampleImages.grey(Float.NaN));
        // The runtime's pixels are bytes / 255, so every byte comes back exactly.
        for (int b = 0; b <= 255; b++) {
            assertEquals(b, SampleImages.grey(b * (1f / 255f)), "byte " + b);
        }
    }

    @Test
    void everySourcePixelBecomesAnOpaqueGreyBlockInPlace() {
        // A 2×2 image: black, white / 20% grey, 60% grey; enlarged three times.
        float[] pixels = {0f, 1f, 0.2f, 0.6f};
        int[] argb = SampleImages.argb(pixels, 2, 3);
        assertEquals(36, argb.length);
        int[][] expected = {{0x000000, 0xFFFFFF}, {0x333333, 0x999999}};
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 6; x++) {
                int want = 0xFF000000 | expected[y / 3][x / 3];
                assertEquals(want, argb[y * 6 + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void scaleOneKeepsTheImageAsItIs() {
        float[] pixels = new float[28 * 28];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (i % 256) / 255f;
        }
        int[] argb = SampleImages.argb(pixels, 28, 1);
        for (int i = 0; i < pixels.length; i++) {
            int g = i % 256;
            assertEquals(0xFF000000 | g << 16 | g << 8 | g, argb[i]);
        }
    }

    @Test
    void aWrongPixelCountOrScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleImages.argb(new float[10], 28, 2));
        assertThrows(IllegalArgumentException.class, () -> SampleImages.argb(new float[4], 2, 0));
    }

    @Test
    void captionsNameTheTaskAndItsTransform() {
        assertEquals("task 3: rotated 18°", SampleImages.caption(3, "rotated 18°"));
        assertEquals("task 1: original images", SampleImages.caption(1, "original images"));
    }
}
