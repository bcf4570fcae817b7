package org.feedbackstudio.streams;

import org.feedbackstudio.runtime.nn.TrainingBatch;
import org.feedbackstudio.streams.data.Dataset;
import org.feedbackstudio.streams.data.LabelledImages;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The stream as the strategies see it: the tasks, a sampler per task, and the one way samples enter a
 * batch — transformed as their task transforms them.
 */
final class StreamData {
    private final Dataset data;
    private final List<StreamTask> tasks;
    private final List<TaskSampler> samplers = new ArrayList<>();

    /** Each task's sampler takes its own stream from {@code random}, in task order. */
    StreamData(Dataset data, List<StreamTask> tasks, boolean singlePass, SplittableRandom random) {
        this.data = data;
        this.tasks = List.copyOf(tasks);
        for (StreamTask t : tasks) {
            samplers.add(new TaskSampler(t, random.split(), singlePass));
        }
    }

    int taskCount() {
        return tasks.size();
    }

    StreamTask task(int number) {
        return tasks.get(number - 1);
    }

    List<StreamTask> tasks() {
        return tasks;
    }

    TaskSampler sampler(int number) {
        return samplers.get(number - 1);
    }

    Dataset dataset() {
        return data;
    }

    /** Appends training image {@code image} as task {@code task} shows it; returns the row. */
    int add(TrainingBatch batch, int task, int image) {
        LabelledImages train = data.train();
        int row = batch.addRow(train.label(image));
        task(task).transform().apply(train, image, batch.features(), batch.offset(row));
        return row;
    }

    /** Draws the next training image of {@code task} into the batch; returns the image index. */
    int draw(TrainingBatch batch, int task) {
        int image = sampler(task).next();
        add(batch, task, image);
        return image;
    }

    /** Task {@code task}'s test subset as the learner sees it: features (row-major) and labels. */
    void testSet(int task, float[] features, int featureOffset, int[] labels, int labelOffset) {
        StreamTask t = task(task);
        LabelledImages test = data.test();
        int[] images = t.testImages();
        int width = test.pixelsPerImage();
        for (int i = 0; i < images.length; i++) {
            t.transform().apply(test, images[i], features, featureOffset + i * width);
            labels[labelOffset + i] = test.label(images[i]);
        }
    }
}
