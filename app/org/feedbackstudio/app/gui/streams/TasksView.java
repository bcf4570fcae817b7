package org.feedbackstudio.app.gui.streams;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.MetricFrame;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.streams.ContinualStreamsSimulator;
import org.feedbackstudio.streams.StreamsView;

import java.util.List;
import java.util.Locale;

/**
 * The continual learner's tasks: the task × task accuracy matrix as a heat map (with the task being
 * learned as a live column), how old tasks are rehearsed (samples per task age for rehearsal, the
 * replay memory per task for replay), and a few training images of every task as the learner sees
 * them. Fed by inspections, about twice a second while the tab is in front; between them it only keeps
 * the latest per-task accuracies of the frames, so a long run costs it nothing.
 */
public final class TasksView implements SimulatorView<StreamsView> {
    static final String ID = "streams-tasks";

    private final BorderPane root = new BorderPane();
    private final Label heading = new Label("Tasks");
    private final Label status = new Label();
    private final HeatMapPane heatMap = new HeatMapPane();
    private final BarChartPane plan = new BarChartPane("streams-rehearsal-plan");
    private final BarChartPane shape = new BarChartPane("streams-schedule-shape");
    private final BarChartPane memory = new BarChartPane("streams-replay-memory");
    private final Label noRehearsal = new Label();
    private final HBox rehearsal = new HBox(4);
    private final SampleGallery gallery = new SampleGallery();
    private final Label galleryTitle = new Label("What the learner sees");
    private final SplitPane split = new SplitPane();

    private int[] accuracyIndex = new int[0];
    private double[] latest;
    private StreamsView shown;
    private long shownTick = -1;
    private boolean presentation;

    public TasksView() {
        root.setId(ID);
        root.getProperties().put(TasksView.class, this);
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(0);
        status.setWrapText(true);
        status.setId("streams-status");
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setStyle("-fx-text-fill: #333333;");
        HBox top = new HBox(12, heading, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 6, 8));
        top.setStyle("-fx-background-color: #eef1f5; -fx-border-color: transparent transparent #d5d9e0 transparent;");

        noRehearsal.setWrapText(true);
        noRehearsal.setPadding(new Insets(10));
        noRehearsal.setStyle("-fx-text-fill: #333333;");
        noRehearsal.setMaxWidth(Double.MAX_VALUE);
        for (BarChartPane p : List.of(plan, shape, memory)) {
            HBox.setHgrow(p, Priority.ALWAYS);
            p.setMaxWidth(Double.MAX_VALUE);
            p.setPrefWidth(10); // share the row equally
        }
        rehearsal.setStyle("-fx-background-color: white; -fx-border-color: #d5d9e0 transparent transparent transparent;");
        VBox.setVgrow(heatMap, Priority.ALWAYS);
        VBox left = new VBox(heatMap, rehearsal);

        galleryTitle.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        galleryTitle.setPadding(new Insets(6, 8, 0, 8));
        galleryTitle.setWrapText(true);
        galleryTitle.setMinHeight(Region.USE_PREF_SIZE);
        Label galleryNote = new Label("A few training images of each task, transformed as the network gets them.");
        galleryNote.setWrapText(true);
        galleryNote.setMinHeight(Region.USE_PREF_SIZE);
        galleryNote.setPadding(new Insets(0, 8, 0, 8));
        galleryNote.setStyle("-fx-text-fill: #444444; -fx-font-size: 0.92em;");
        ScrollPane galleryScroll = new ScrollPane(gallery);
        galleryScroll.setFitToWidth(true);
        galleryScroll.setStyle("-fx-background-color: white; -fx-background: white;");
        VBox.setVgrow(galleryScroll, Priority.ALWAYS);
        VBox right = new VBox(2, galleryTitle, galleryNote, galleryScroll);
        right.setStyle("-fx-background-color: white;");
        right.setMinWidth(200);

        split.getItems().setAll(left, right);
        split.setDividerPositions(0.7);
        root.setTop(top);
        root.setCenter(split);
        waiting();
    }

    // ---------------------------------------------------------------- SimulatorView

    @Override
    public String title() {
        return "Tasks";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        int tasks = info.scenario().parameters().getInt(ContinualStreamsSimulator.TASKS);
        accuracyIndex = new int[tasks];
        for (int j = 1; j <= tasks; j++) {
            accuracyIndex[j - 1] = info.indexOf("acc.task" + j);
        }
        latest = null;
        shown = null;
        shownTick = -1;
        heatMap.clear();
        gallery.clear();
        waiting();
        status.setText("Ready: press Step or Play, and the tasks, their accuracies and the images show here.");
    }

    @Override
    public void batch(RunBatch batch) {
        List<MetricFrame> frames = batch.frames();
        if (frames.isEmpty() || accuracyIndex.length == 0) {
            return;
        }
        if (shown == null) {
            // The run has moved on and the first snapshot is on its way: say so, not "load a preset".
            status.setText("Reading the learner's state at iteration " + String.format(java.util.Locale.ROOT, "%,d",
                    frames.get(frames.size() - 1).tick()) + "…");
        }
        double[] values = frames.get(frames.size() - 1).values();
        double[] now = new double[accuracyIndex.length];
        for (int j = 0; j < now.length; j++) {
            now[j] = accuracyIndex[j] >= 0 && accuracyIndex[j] < values.length ? values[accuracyIndex[j]] : Double.NaN;
        }
        latest = now;
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<StreamsView> inspection) {
        show(inspection.detail(), inspection.tick());
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        double s = on ? 1.5 : 1;
        heatMap.setScale(s);
        plan.setScale(s);
        shape.setScale(s);
        memory.setScale(s);
        gallery.setScale(on ? 3 : 2);
        split.setDividerPositions(on ? 0.62 : 0.7); // room for the larger pictures
        fitRehearsal();
    }

    // ---------------------------------------------------------------- showing a snapshot

    private void waiting() {
        heading.setText("Tasks");
        status.setText("Load a preset, then Step or Play.");
        rehearsal.getChildren().setAll(noRehearsal);
        noRehearsal.setText("");
        fitRehearsal();
    }

    /** Bar charts get a fixed band under the heat map; a note takes only the lines it needs. */
    private void fitRehearsal() {
        boolean charts = !rehearsal.getChildren().contains(noRehearsal);
        rehearsal.setMinHeight(charts ? (presentation ? 280 : 200) : Region.USE_COMPUTED_SIZE);
        rehearsal.setPrefHeight(charts ? (presentation ? 320 : 230) : Region.USE_COMPUTED_SIZE);
    }

    private void show(StreamsView view, long tick) {
        shown = view;
        shownTick = tick;
        int tasks = view.taskNames().size();
        heading.setText("Task " + view.currentTask() + " of " + tasks);
        status.setText(view.taskNames().get(view.currentTask() - 1) + " · " + view.stream() + " stream · "
                + view.strategy() + " · iteration " + String.format(Locale.ROOT, "%,d", tick) + " of "
                + String.format(Locale.ROOT, "%,d", view.taskEnds().get(tasks - 1)));
        heatMap.show(new AccuracyMatrix(view, latest));
        showRehearsal(view);
        gallery.show(view.samples(), view.taskNames());
    }

    private void showRehearsal(StreamsView view) {
        if (!view.scheduleShares().isEmpty()) {
            plan.show(Bars.rehearsalPlan(view));
            shape.show(Bars.scheduleShape(view));
            if (!rehearsal.getChildren().equals(List.of(plan, shape))) {
                rehearsal.getChildren().setAll(plan, shape);
            }
        } else if (!view.memoryPerTask().isEmpty()) {
            memory.show(Bars.replayMemory(view));
            if (!rehearsal.getChildren().equals(List.of(memory))) {
                rehearsal.getChildren().setAll(memory);
            }
        } else {
            noRehearsal.setText(noRehearsalText(view.strategy()));
            if (!rehearsal.getChildren().equals(List.of(noRehearsal))) {
                rehearsal.getChildren().setAll(noRehearsal);
            }
        }
        fitRehearsal();
    }

    /** What a strategy without a rehearsal schedule or a memory does with old tasks. */
    static String noRehearsalText(String strategy) {
        return switch (strategy) {
            case "naive" -> "Naive fine-tuning rehearses nothing: once a task is over, its images never come back. "
                    + "Switch the strategy to replay or to a rehearsal schedule to see samples per task here.";
            case "joint" -> "Joint training draws every batch from all the images of the tasks seen so far, so each "
                    + "old task comes back in proportion to its size: the upper bound, with no schedule.";
            case "ewc" -> "EWC rehearses no images: after each task, a penalty weighted by that task's Fisher "
                    + "information holds the weights that mattered for it.";
            default -> "The " + strategy + " strategy has no rehearsal schedule.";
        };
    }

    // ---------------------------------------------------------------- for tests

    static TasksView of(Node node) {
        return node == null ? null : (TasksView) node.getProperties().get(TasksView.class);
    }

    long shownTick() {
        return shownTick;
    }

    StreamsView shown() {
        return shown;
    }

    AccuracyMatrix matrix() {
        return heatMap.matrix();
    }

    HeatMapPane heatMap() {
        return heatMap;
    }

    /** The bar charts on show, left to right (none for a strategy without rehearsal). */
    List<Bars> barsShown() {
        return rehearsal.getChildren().stream().filter(n -> n instanceof BarChartPane)
                .map(n -> ((BarChartPane) n).bars()).toList();
    }

    String noRehearsalShown() {
        return rehearsal.getChildren().contains(noRehearsal) ? noRehearsal.getText() : null;
    }

    SampleGallery gallery() {
        return gallery;
    }
}
