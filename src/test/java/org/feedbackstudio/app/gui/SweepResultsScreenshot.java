package org.feedbackstudio.app.gui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.feedbackstudio.core.Catalog;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.List;

/**
 * Takes the README's screenshot of the Sweep tab's results view: run on a display (xvfb-run) with
 * FOLDER OUT.png METRIC CONDITION X Y SIMULATOR-ID [Conditions|Runs].
 */
public final class SweepResultsScreenshot {
    private SweepResultsScreenshot() {
    }

    public static void main(String[] args) {
        // Launched through a class that is not an Application, as JavaFX on the class path requires.
        Application.launch(Shot.class, args);
    }

    /** The window, opened on the folder and photographed. */
    public static final class Shot extends Application {
    @Override
    public void start(Stage stage) {
        List<String> a = getParameters().getRaw();
        StudioWindow window = new StudioWindow(Catalog.standard(), () -> stage);
        Scene scene = new Scene(window.root(), 1440, 900);
        StudioApp.addStylesheet(scene);
        stage.setScene(scene);
        stage.setTitle("Feedback Studio");
        stage.show();
        try {
            // The sweep's own simulator in the catalog and the parameter sheet, as after opening one of its presets.
            window.load(org.feedbackstudio.core.Presets.of(Catalog.standard(), a.get(6)).get(0).scenario());
        } catch (org.feedbackstudio.core.ScenarioException ex) {
            throw new IllegalStateException(ex);
        }
        TabPane tabs = (TabPane) scene.lookup("#tabs");
        tabs.getTabs().stream().filter(t -> t.getText().equals("Sweep")).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        ((TabPane) scene.lookup("#sweep-tabs")).getSelectionModel().select(1);
        window.sweepResults().open(new File(a.get(0)));
        window.sweepResults().show(a.get(2), a.get(3), a.get(4), a.get(5));
        if (a.size() > 7) { // the results view's right-hand tab: Conditions or Runs
            scene.getRoot().lookupAll(".tab-pane").stream().map(n -> (TabPane) n).forEach(p -> p.getTabs().stream()
                    .filter(t -> t.getText().equals(a.get(7))).findFirst().ifPresent(t -> p.getSelectionModel().select(t)));
        }
        PauseTransition wait = new PauseTransition(Duration.seconds(3));
        wait.setOnFinished(e -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(a.get(1)));
            } catch (Exception ex) {
                ex.printStackTrace();
            }
            Platform.exit();
        });
        wait.play();
    }
    }
}
