package org.feedbackstudio.app.gui.negotiation;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.feedbackstudio.app.gui.SimulatorView;
import org.feedbackstudio.core.Inspection;
import org.feedbackstudio.core.RunInfo;
import org.feedbackstudio.negotiation.NegotiationDetail;

import java.util.List;

/**
 * A cross-play's table: each model as seller (rows) against each as buyer (columns), the mean deal price and
 * the deal rate of every pairing played so far — the table of the paper, and of the run's tournament.csv.
 * The transcripts of a pairing's games are in the Games view (a pairing is a round there).
 */
public final class CrossPlayView implements SimulatorView<NegotiationDetail> {
    private static final String HINT = "Cross-play plays every pairing of some models as seller × buyer. Name models "
            + "in the scenario's models map and list them in the crossPlay parameter (the preset \"Cross-play: two "
            + "local models\" does), then run: the table fills in pairing by pairing.";

    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label title = new Label("Cross-play");
    private final Label progress = new Label();
    private final Label hint = new Label(HINT);
    private boolean presentation;

    public CrossPlayView() {
        root.setId("negotiation-cross-play");
        grid.setId("cross-play-table");
        grid.setHgap(18);
        grid.setVgap(10);
        hint.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        VBox top = new VBox(4, title, progress);
        top.setPadding(new Insets(10));
        root.setTop(top);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        grid.setPadding(new Insets(10));
        root.setCenter(scroll);
        showHint();
    }

    @Override
    public String title() {
        return "Cross-play";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void runStarted(RunInfo info) {
        showHint();
    }

    @Override
    public boolean wantsInspections() {
        return true;
    }

    @Override
    public void inspected(Inspection<NegotiationDetail> inspection) {
        NegotiationDetail d = inspection.detail();
        if (d == null || !d.isCrossPlay()) {
            showHint();
            return;
        }
        show(d);
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        root.setStyle(on ? "-fx-font-size: 20px;" : "");
    }

    private void showHint() {
        grid.getChildren().clear();
        progress.setText("");
        grid.add(hint, 0, 0);
    }

    private void show(NegotiationDetail d) {
        grid.getChildren().clear();
        progress.setText(CrossPlayTable.progress(d) + ". Rows: the seller's model; columns: the buyer's. Each cell: "
                + "mean deal price, and deal rate (deals of games).");
        Label corner = new Label("seller \\ buyer");
        corner.setStyle("-fx-text-fill: -fx-mid-text-color;");
        grid.add(corner, 0, 0);
        List<String> names = d.crossPlay();
        for (int j = 0; j < names.size(); j++) {
            Label b = new Label(names.get(j));
            b.setStyle("-fx-font-weight: bold;");
            grid.add(b, j + 1, 0);
        }
        List<List<CrossPlayTable.Cell>> rows = CrossPlayTable.rows(d);
        for (int i = 0; i < rows.size(); i++) {
            Label s = new Label(names.get(i));
            s.setStyle("-fx-font-weight: bold;");
            grid.add(s, 0, i + 1);
            for (int j = 0; j < rows.get(i).size(); j++) {
                CrossPlayTable.Cell c = rows.get(i).get(j);
                Label price = new Label(c.price());
                price.setStyle("-fx-font-size: " + (presentation ? "26px" : "16px") + ";");
                Label deals = new Label(c.deals());
                VBox cell = new VBox(2, price, deals);
                cell.setAlignment(Pos.CENTER_LEFT);
                cell.getStyleClass().add(c.played() ? "cross-play-cell" : "cross-play-cell-waiting");
                cell.setId("cross-play-" + i + "-" + j);
                grid.add(cell, j + 1, i + 1);
            }
        }
    }
}
