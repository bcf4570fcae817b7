package org.feedbackstudio.app.gui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks what a window shows and lists what a user could not read: a label, button or cell whose text
 * the skin elided ("initialResources (un…"), a text field narrower than the value it holds (a field
 * showing 10000000 for 1,000,000,000), a tool bar that pushed items into its "»" overflow menu, a node
 * that ends outside the window, a scroll pane that scrolls sideways, a chart whose plot is squeezed to a
 * sliver, a chart axis whose title is longer than the axis it names (JFreeChart draws such a title past the plot, where the chart's edge cuts it:
 * "Gini of creator exposu"). Only what is visible counts: the
 * hidden tabs, collapsed panes and unused cells are skipped. Call on the JavaFX thread.
 *
 * <p>It can also write what the window shows as a PNG, for the documentation and for a look by eye.
 */
public final class LayoutCheck {
    private LayoutCheck() {
    }

    /** Everything cut or hidden in the scene, one line each, naming the node and what it holds. */
    public static List<String> problems(Scene scene) {
        List<String> found = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        walk(scene.getRoot(), scene, found);
        return found;
    }

    private static void walk(Node node, Scene scene, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, found);
        }
        if (node instanceof TextField field) {
            checkField(field, found);
        }
        if (node instanceof ToolBar bar) {
            checkToolBar(bar, found);
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            checkTabs(tabs, found);
        }
        if (node instanceof ScrollPane pane) {
            checkSideways(pane, found);
        }
        if (node instanceof org.jfree.chart.fx.ChartViewer viewer) {
            checkAxisTitles(viewer, found);
        }
        if (node instanceof Labeled || node instanceof TextField) {
            checkInsideWindow(node, scene, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, found);
            }
        }
    }

    /** The text a Labeled means to show, as its skin would draw it uncut. */
    private static String intended(Labeled labeled) {
        String text = labeled.getText();
        if (text != null && labeled.isMnemonicParsing()) {
            int i = text.indexOf('_');
            if (i >= 0 && i + 1 < text.length()) {
                text = text.substring(0, i) + text.substring(i + 1);
            }
        }
        return text;
    }

    private static void checkLabeled(Labeled labeled, List<String> found) {
        String text = intended(labeled);
        if (text == null || text.isEmpty() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getWidth() <= 0) {
            return;
        }
        // The skin draws the (possibly elided) text in a Text node among the Labeled's own children.
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible()) {
                String drawn = shown.getText() == null ? "" : shown.getText();
                if (!drawn.equals(text) && !sameIgnoringBreaks(drawn, text)) {
                    found.add("cut text: " + describe(labeled) + " shows \"" + drawn + "\" of \"" + text + "\"");
                }
                return;
            }
        }
    }

    /** A wrapped label may draw its text with its line breaks as they were; anything else is a cut. */
    private static boolean sameIgnoringBreaks(String drawn, String text) {
        return drawn.replaceAll("\\s+", " ").strip().equals(text.replaceAll("\\s+", " ").strip());
    }

    private static void checkField(TextField field, List<String> found) {
        String value = field.getText();
        if (value == null || value.isEmpty() || field.getWidth() <= 0) {
            return;
        }
        Text probe = new Text(value);
        probe.setFont(field.getFont());
        double needed = probe.getLayoutBounds().getWidth();
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (needed > room + 0.5) {
            found.add("field too narrow: " + describe(field) + " holds \"" + value + "\" (" + Math.round(needed)
                    + " px) in " + Math.round(room) + " px");
        }
    }

    /** A tab strip too narrow for its tabs shows a "▾" menu, and the tabs past the edge are out of sight. */
    private static void checkTabs(javafx.scene.control.TabPane tabs, List<String> found) {
        for (Node n : tabs.lookupAll(".control-buttons-tab")) {
            if (n.isVisible() && isShown(n, tabs) && n.getParent() != null
                    && n.getParent().getStyleClass().contains("tab-header-area") && n.getParent().getParent() == tabs) {
                List<String> names = new ArrayList<>();
                tabs.getTabs().forEach(t -> names.add(t.getText()));
                found.add("tabs overflow into the ▾ menu: " + describe(tabs) + " " + names);
            }
        }
    }

    private static void checkToolBar(ToolBar bar, List<String> found) {
        for (Node n : bar.lookupAll(".tool-bar-overflow-button")) {
            if (n.isVisible() && isShown(n, bar)) {
                List<String> hidden = new ArrayList<>();
                for (Node item : bar.getItems()) {
                    if (item.isVisible() && (item.getParent() == null || item.getScene() == null
                            || !isShown(item, bar))) {
                        hidden.add(describe(item));
                    }
                }
                found.add("tool bar overflows: " + describe(bar) + " hides " + hidden);
            }
        }
    }

    private static void checkSideways(ScrollPane pane, List<String> found) {
        if (pane.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER) {
            return;
        }
        for (Node n : pane.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()
                    && bar.getParent() != null && isShown(bar, pane) && bar.getParent().getParent() != null
                    && nearestScrollPane(bar) == pane) {
                found.add("scrolls sideways: " + describe(pane) + " (content " + Math.round(
                        pane.getContent() == null ? 0 : pane.getContent().getLayoutBounds().getWidth()) + " px in "
                        + Math.round(pane.getViewportBounds().getWidth()) + " px)");
            }
        }
    }

    /**
     * Measures each axis title of a chart as last drawn on screen against the data area beside it: the title
     * is centred on its axis and drawn on one line, so a longer one runs past the plot.
     */
    private static void checkAxisTitles(org.jfree.chart.fx.ChartViewer viewer, List<String> found) {
        org.jfree.chart.JFreeChart chart = viewer.getChart();
        org.jfree.chart.ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (chart == null || info == null || viewer.getWidth() <= 0 || viewer.getHeight() <= 0) {
            return;
        }
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        try {
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
            if (area.getHeight() < MIN_PLOT || area.getWidth() < MIN_PLOT) {
                found.add("squeezed chart: a plot of " + Math.round(area.getWidth()) + "×" + Math.round(area.getHeight())
                        + " px in the chart " + chartName(viewer, chart));
            }
            if (info.getEntityCollection() != null) {
                for (Object e : info.getEntityCollection().getEntities()) {
                    if (e instanceof org.jfree.chart.entity.LegendItemEntity item) {
                        java.awt.geom.Rectangle2D at = item.getArea().getBounds2D();
                        if (at.getMaxX() > viewer.getWidth() + 1 || at.getMinX() < -1) {
                            found.add("cut legend entry: \"" + item.getSeriesKey() + "\" runs past the edge of the chart "
                                    + chartName(viewer, chart));
                        }
                    }
                }
            }
            for (org.feedbackstudio.app.gui.charts.AxisTitles.AxisAt at
                    : org.feedbackstudio.app.gui.charts.AxisTitles.axes(chart.getPlot())) {
                org.jfree.chart.axis.Axis axis = at.axis();
                if (!axis.isVisible() || axis.getLabel() == null || axis.getLabel().isBlank()) {
                    continue;
                }
                double length = g2.getFontMetrics(axis.getLabelFont()).getStringBounds(axis.getLabel(), g2)
                        .getWidth();
                double room = at.vertical() ? area.getHeight() : area.getWidth();
                if (length > room + 1) {
                    found.add("cut axis title: \"" + axis.getLabel() + "\" (" + Math.round(length) + " px) beside a "
                            + Math.round(room) + " px axis in the chart " + chartName(viewer, chart));
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /** A plot smaller than this either way shows too little to read a curve from. */
    private static final double MIN_PLOT = 50;

    private static String chartName(org.jfree.chart.fx.ChartViewer viewer, org.jfree.chart.JFreeChart chart) {
        for (Node p = viewer; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("live-chart")) {
                for (Node label : p.lookupAll(".chart-caption")) {
                    if (label instanceof Labeled l) {
                        return "\"" + l.getText() + "\"";
                    }
                }
            }
        }
        if (chart.getTitle() != null && chart.getTitle().getText() != null) {
            return "\"" + chart.getTitle().getText() + "\"";
        }
        return describe(viewer);
    }

    private static ScrollPane nearestScrollPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** A control that ends past the window's right or bottom edge cannot be read (scrolling panes aside). */
    private static void checkInsideWindow(Node node, Scene scene, List<String> found) {
        if (nearestScrollPane(node) != null || node.getParent() == null) {
            return;
        }
        if (isInsideVirtualFlow(node)) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() > 0 && (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1)) {
            found.add("outside the window: " + describe(node) + " ends at (" + Math.round(b.getMaxX()) + ", "
                    + Math.round(b.getMaxY()) + ") in a " + Math.round(scene.getWidth()) + "×"
                    + Math.round(scene.getHeight()) + " window");
        }
    }

    private static boolean isInsideVirtualFlow(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.skin.VirtualFlow<?>) {
                return true;
            }
        }
        return false;
    }

    /** Whether every node from this one up to the ancestor is visible. */
    private static boolean isShown(Node node, Node ancestor) {
        for (Node n = node; n != null && n != ancestor; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A node as a reader of a failure would look for it: type, id, style classes, text. */
    static String describe(Node node) {
        StringBuilder s = new StringBuilder(node.getClass().getSimpleName().isEmpty()
                ? node.getClass().getName() : node.getClass().getSimpleName());
        if (node.getId() != null) {
            s.append('#').append(node.getId());
        }
        for (String c : node.getStyleClass()) {
            s.append('.').append(c);
        }
        if (node instanceof Labeled l && l.getText() != null) {
            s.append(" \"").append(l.getText()).append('"');
        }
        Bounds b = node.getLayoutBounds();
        s.append(" [").append(Math.round(b.getWidth())).append(" px wide]");
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                s.append(" in #").append(p.getId());
                break;
            }
        }
        return s.toString();
    }

    /** Writes what the scene shows as a PNG (folders made as needed). */
    public static void screenshot(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
