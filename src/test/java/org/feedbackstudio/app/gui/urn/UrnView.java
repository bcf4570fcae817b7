package org.feedbackstudio.app.gui.urn;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.urn.UrnContents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The urn's contents, one line a colour. */
final class UrnView implements SimulatorView<UrnContents> {
    private final VBox lines = new VBox(4);

    UrnView() {
        lines.setId("urn-contents");
        lines.getChildren().add(new Label("Step the run to see the urn."));
    }

    @Override
    public String title() {
        return "Urn";
    }

    @Override
    public Node node() {
        return lines;
    }

    @Override
    public void runStarted(RunInfo info) {
        lines.getChildren().setAll(new Label("Step the run to see the urn."));
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<UrnContents> inspection) {
        UrnContents urn = inspection.detail();
        List<Node> shown = new ArrayList<>();
        for (int c = 0; c < urn.balls().size(); c++) {
            shown.add(new Label(String.format(Locale.ROOT, "colour %d: %d balls", c, urn.balls().get(c))));
        }
        lines.getChildren().setAll(shown);
    }
}
