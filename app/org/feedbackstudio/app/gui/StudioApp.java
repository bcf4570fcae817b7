package org.feedbackstudio.app.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.feedbackstudio.core.Catalog;

import java.net.URL;

/** The JavaFX application: one window holding the studio. */
public final class StudioApp extends Application {
    static final String STYLESHEET = "assets/css/studio.css";
    private StudioWindow window;
    /** Held so the level set on it stays (loggers are kept only while referenced). */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Opens the studio and returns when its window is closed. */
    public static void launchStudio(String[] args) {
        // JavaFX warns "Unsupported JavaFX configuration" whenever it runs from the class path rather than as
        // named modules, which is how the studio ships and runs fine; keep that line off the console.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        quietLibraries();
        Application.launch(StudioApp.class, args);
    }

    /**
     * The neural-network engine announces itself on the console when a continual-streams run starts: its
     * platform and thread counts, and on a machine without an NVIDIA card twice that the CUDA driver is
     * "insufficient" — harmless on this CPU build (the Info page says so) but alarming to a class. Keep the
     * engine's warnings and errors, drop its chatter and the CUDA probe. A level set on the command line wins.
     */
    static void quietLibraries() {
        quiet("org.slf4j.simpleLogger.log.ai.djl", "warn");
        quiet("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
    }

    private static void quiet(String property, String level) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, level);
        }
    }

    @Override
    public void start(Stage stage) {
        window = new StudioWindow(Catalog.standard(), () -> stage);
        Scene scene = new Scene(window.root(), 1440, 900);
        addStylesheet(scene);
        stage.setTitle("Feedback Studio");
        stage.setScene(scene);
        stage.setOnHidden(e -> Platform.exit());
        stage.show();
        java.util.List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(args.get(0));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    static void addStylesheet(Scene scene) {
        URL css = StudioApp.class.getClassLoader().getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
