package org.feedbackstudio.app.gui;

import javafx.scene.Node;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * A row of controls that never pushes one into an overflow menu: when the row is too narrow it takes
 * compacting steps in order (hide what the menus also offer, show icons without their words) until
 * everything left fits, and undoes them as room returns. What must stay (run controls, speed, Export,
 * Presentation) is never in a step.
 */
final class FittingBar {
    private final HBox box;
    private final List<Consumer<Boolean>> steps;
    private int applied;
    private boolean fitting;

    /**
     * @param steps each compacts the row when called with true and undoes that with false; taken in order
     */
    FittingBar(HBox box, List<Consumer<Boolean>> steps) {
        this.box = box;
        this.steps = List.copyOf(steps);
        box.widthProperty().addListener((o, a, b) -> refit());
    }

    /** Takes as few steps as the row's width allows (call after fonts change, too). */
    void refit() {
        if (fitting || box.getWidth() <= 0) {
            return;
        }
        fitting = true;
        try {
            while (applied > 0) {
                steps.get(--applied).accept(false);
            }
            box.applyCss();
            while (applied < steps.size() && needed() > box.getWidth()) {
                steps.get(applied++).accept(true);
            }
        } finally {
            fitting = false;
        }
    }

    /** Compacting steps taken now (for tests). */
    int stepsTaken() {
        return applied;
    }

    private double needed() {
        double sum = box.snappedLeftInset() + box.snappedRightInset();
        int shown = 0;
        for (Node n : box.getChildren()) {
            if (n.isManaged()) {
                sum += n.prefWidth(-1);
                shown++;
            }
        }
        return sum + Math.max(0, shown - 1) * box.getSpacing();
    }
}
