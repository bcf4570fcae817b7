package org.feedbackstudio.app.gui.streams;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.feedbackstudio.streams.SampleImage;

import java.util.ArrayList;
import java.util.List;

/**
 * A few training images of every task, transformed as the learner sees them (permuted, rotated or as
 * they are), one row per task under a caption such as "task 3: rotated 90°", each image with its class.
 */
final class SampleGallery extends VBox {
    /** One picture drawn and the sample it shows. */
    record Shown(SampleImage sample, Image image) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private List<SampleImage> samples = List.of();
    private List<String> taskNames = List.of();
    private int scale = 2;

    SampleGallery() {
        setId("streams-samples");
        setSpacing(8);
        setPadding(new Insets(6, 8, 8, 8));
    }

    /** Shows the samples of a run; does nothing when they are the ones shown already. */
    void show(List<SampleImage> newSamples, List<String> names) {
        if (newSamples.equals(samples) && names.equals(taskNames) && !shown.isEmpty()) {
            return;
        }
        samples = newSamples;
        taskNames = names;
        rebuild();
    }

    void clear() {
        samples = List.of();
        taskNames = List.of();
        shown.clear();
        getChildren().clear();
    }

    void setScale(int s) {
        if (s != scale) {
            scale = s;
            rebuild();
        }
    }

    /** Every picture drawn, in task order. */
    List<Shown> shown() {
        return List.copyOf(shown);
    }

    /** The caption of each task's row, in order. */
    List<String> captions() {
        return getChildren().stream().map(n -> ((Label) ((VBox) n).getChildren().get(0)).getText()).toList();
    }

    private void rebuild() {
        shown.clear();
        getChildren().clear();
        for (int task = 1; task <= taskNames.size(); task++) {
            Label caption = new Label(SampleImages.caption(task, taskNames.get(task - 1)));
            caption.setStyle("-fx-font-weight: bold;");
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            FlowPane pictures = new FlowPane(6, 4);
            for (SampleImage s : samples) {
                if (s.task() != task) {
                    continue;
                }
                Image image = SampleImages.image(s, scale);
                shown.add(new Shown(s, image));
                ImageView view = new ImageView(image);
                view.setSmooth(false);
                Label name = new Label(s.className());
                name.setStyle("-fx-font-size: 0.85em; -fx-text-fill: #444444;");
                name.setMaxWidth(image.getWidth() + 14);
                VBox cell = new VBox(1, view, name);
                cell.setAlignment(Pos.TOP_CENTER);
                Tooltip.install(cell, new Tooltip(s.className() + " (class " + s.label() + "), task " + task
                        + " as the learner sees it"));
                pictures.getChildren().add(cell);
            }
            getChildren().add(new VBox(3, caption, pictures));
        }
    }
}
