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

    /** Opens the studio and returns when its window is closed. */
    public static void launchStudio(String[] args) {
        Application.launch(StudioApp.class, args);
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
