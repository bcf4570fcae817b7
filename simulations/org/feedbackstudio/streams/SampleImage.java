package org.feedbackstudio.streams;

/**
 * One training image of a task as the learner is fed it (after the task's transform).
 *
 * @param task      1-based task
 * @param label     class label
 * @param className the label's name
 * @param side      image width and height
 * @param pixels    side × side grey values in [0, 1], row-major (a copy is returned)
 */
public record SampleImage(int task, int label, String className, int side, float[] pixels) {
    public SampleImage {
        if (pixels.length != side * side) {
            throw new IllegalArgumentException(pixels.length + " pixels for a " + side + "×" + side + " image");
        }
        pixels = pixels.clone();
    }

    @Override
    public float[] pixels() {
        return pixels.clone();
    }
}
