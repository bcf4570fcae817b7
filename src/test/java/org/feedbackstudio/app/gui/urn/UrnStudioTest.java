package org.feedbackstudio.app.gui.urn;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.feedbackstudio.app.gui.StudioFx;
import org.feedbackstudio.app.gui.StudioWindow;
import org.feedbackstudio.core.Catalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.feedbackstudio.app.gui.StudioFx.fx;
import static org.feedbackstudio.app.gui.StudioFx.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio finds the test-only urn and its view through their registrations alone. */
@ExtendWith(ApplicationExtension.class)
class UrnStudioTest {
    private StudioWindow window;

    @Start
    void start(Stage stage) {
        window = new StudioWindow(Catalog.standard(), () -> stage);
        StudioFx.show(stage, window);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theCatalogListsTheUrnAndTheStudioShowsItsView(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<Object> catalog = robot.lookup("#catalog").queryAs(TreeView.class);
        TreeItem<Object> urn = fx(() -> catalog.getRoot().getChildren().stream()
                .filter(i -> i.getValue().toString().equals("Pólya urn (test)")).findFirst().orElseThrow());
        assertEquals("Two colours", fx(() -> urn.getChildren().get(0).getValue().toString()), "its preset");
        fx(() -> {
            catalog.getSelectionModel().select(urn);
            return null;
        });
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        Tab tab = fx(() -> tabs.getTabs().stream().filter(t -> t.getText().equals("Urn")).findFirst().orElseThrow());
        robot.clickOn("#step");
        robot.clickOn("#step");
        fx(() -> {
            tabs.getSelectionModel().select(tab);
            return null;
        });
        VBox lines = robot.lookup("#urn-contents").queryAs(VBox.class);
        waitFor(() -> lines.getChildren().size() == 3);
        long balls = 0;
        for (Node n : fx(() -> lines.getChildren().stream().toList())) {
            String text = ((Label) n).getText();
            assertTrue(text.matches("colour \\d: \\d+ balls"), text);
            balls += Long.parseLong(text.replaceAll(".*: (\\d+) balls", "$1"));
        }
        assertEquals(3 + 2, balls, "three colours of one ball, then two draws adding one each");
    }
}
