package org.feedbackstudio.app.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.feedbackstudio.core.RunBatch;
import org.feedbackstudio.core.RunState;
import org.feedbackstudio.runtime.llm.ModelUnavailableException;
import org.feedbackstudio.runtime.llm.ModelUsage;

import java.util.Locale;

/** The status bar: run state, tick of total, progress, speed, and a message. */
final class StatusBar {
    private final Label message = new Label("Ready.");
    private final Label state = new Label();
    private final Label tick = new Label();
    private final Label speed = new Label();
    private final Label model = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final HBox bar;
    private String tickName = "tick";
    private String workUnit = "ticks";
    private final RateMeter rate = new RateMeter(3);
    /** Counts the seconds of a slow load in the message, so a wait says what it waits for and how long. */
    private final javafx.animation.Timeline loadingClock = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1), e -> showLoading()));
    private String loadingWhat;
    private String afterLoading;
    private long loadingSince;

    StatusBar() {
        message.setId("status-message");
        state.setId("status-state");
        tick.setId("status-tick");
        speed.setId("status-speed");
        progress.setPrefWidth(160);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        model.setId("status-model");
        model.setManaged(false);
        model.setVisible(false);
        bar = new HBox(14, message, spacer, model, state, tick, progress, speed);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        // The run's state, tick and speed keep their words; the message takes what is left and wraps.
        message.setMinWidth(0);
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        for (Label l : new Label[] {state, tick, speed, model}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        progress.setMinWidth(60);
    }

    Node node() {
        return bar;
    }

    void setTickName(String name) {
        tickName = name;
        workUnit = name + "s";
    }

    void message(String text) {
        if (loadingWhat != null) {
            afterLoading = text; // shown once the run is ready; until then the bar says what loads
            return;
        }
        message.setText(text);
    }

    /**
     * A run is loading: the message says what it does ("Loading Continual learning: reading the images…")
     * and counts the seconds until the run is ready. {@code doing} may be null for a quick load.
     */
    void loading(String title, String doing) {
        loadingWhat = "Loading " + title + (doing == null ? "" : ": " + doing);
        afterLoading = null;
        loadingSince = System.nanoTime();
        loadingClock.setCycleCount(javafx.animation.Animation.INDEFINITE);
        loadingClock.playFromStart();
        message.setText(loadingWhat + "…");
    }

    private void showLoading() {
        long seconds = (System.nanoTime() - loadingSince) / 1_000_000_000L;
        message.setText(loadingWhat + "… " + seconds + " s");
    }

    private void loaded(boolean failed) {
        if (loadingWhat != null) {
            loadingClock.stop();
            loadingWhat = null;
            message.setText(afterLoading != null ? afterLoading : failed ? "The run could not start." : "Ready.");
        }
    }

    void batch(RunBatch b) {
        if (b.state() != RunState.LOADING) {
            loaded(b.state() == RunState.FAILED);
        }
        state.setText(describe(b.state(), b.failure()));
        tick.setText(String.format(Locale.ROOT, "%s %,d of %,d", tickName, b.tick(), b.totalTicks()));
        if (b.state() == RunState.LOADING) {
            progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        } else {
            progress.setProgress(b.totalTicks() > 0 ? (double) b.tick() / b.totalTicks() : 0);
        }
        if (b.state() == RunState.RUNNING) {
            rate.record(System.nanoTime(), b.tick());
            double perSecond = rate.perSecond();
            speed.setText(Double.isNaN(perSecond) ? "" : rate(perSecond) + " " + workUnit + "/s");
        } else {
            rate.reset();
            speed.setText("");
        }
    }

    /** The run's model calls, tokens, cache hits, fallbacks and cost; null hides it (a run that asks no model). */
    void model(ModelUsage usage) {
        boolean shown = usage != null;
        model.setVisible(shown);
        model.setManaged(shown);
        if (shown) {
            model.setText("model: " + usage.summary());
        }
    }

    String modelText() {
        return model.getText();
    }

    String tickText() {
        return tick.getText();
    }

    /** A run a model stopped is paused, not broken: Retry goes on from the cache. */
    private static String describe(RunState s, Throwable failure) {
        if (s == RunState.FAILED && failure instanceof ModelUnavailableException) {
            return "Paused (model)";
        }
        return switch (s) {
            case EMPTY -> "";
            case LOADING -> "Loading…";
            case READY -> "Ready";
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case FINISHED -> "Finished";
            case FAILED -> "Failed";
        };
    }

    static String rate(double r) {
        if (r >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", r / 1e6);
        }
        if (r >= 1e4) {
            return String.format(Locale.ROOT, "%.0f k", r / 1e3);
        }
        if (r < 10 && r != Math.rint(r)) {
            return String.format(Locale.ROOT, "%.1f", r); // 0.5 rounds/s, not "0"
        }
        return String.format(Locale.ROOT, "%.0f", r);
    }
}
