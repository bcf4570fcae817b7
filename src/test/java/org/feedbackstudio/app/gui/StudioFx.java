package org.feedbackstudio.app.gui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Shared steps of the headless studio tests: show a window, wait on the JavaFX thread, read from it. */
public final class StudioFx {
    private StudioFx() {
    }

    /** Puts the studio in the stage at a typical laptop size, with its stylesheet, and shows it. */
    public static void show(Stage stage, StudioWindow window) {
        Scene scene = new Scene(window.root(), 1280, 800);
        if (StudioFx.class.getClassLoader().getResource(StudioApp.STYLESHEET) == null) {
            throw new AssertionError("the studio's stylesheet is missing: " + StudioApp.STYLESHEET);
        }
        StudioApp.addStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Waits (up to a minute, generous for loaded CI machines) until the condition holds on the FX thread. */
    public static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Runs a call on the JavaFX thread and returns its result. */
    public static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
    }
}
