package org.feedbackstudio.app.gui.charts;

import javafx.application.Platform;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.BorderArrangement;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Keeps a chart's axis titles whole at any size. JFreeChart writes an axis title on one line centred on its
 * axis, so a title longer than the axis runs past the plot and the chart's edge cuts it ("Gini of creator
 * exposu"). After each drawing this measures every title against the data area beside it; one that does not
 * fit is written instead as a caption above the plot (beside a vertical axis: "↑ title", at that axis's
 * side) or below it (a horizontal axis), where it wraps onto more lines if it must. When the chart grows
 * again the title goes back onto its axis.
 */
public final class AxisTitles {
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final ChartViewer viewer;
    /** Each axis's own title, remembered while it is shown as a caption (the axis then has none). */
    private final Map<Axis, String> moved = new IdentityHashMap<>();
    private final List<TextTitle> captions = new ArrayList<>();
    /** What was added to the chart for them: the captions, or one row holding the left and right ones. */
    private final List<Title> shownCaptions = new ArrayList<>();
    private boolean scheduled;

    private AxisTitles(ChartViewer viewer) {
        this.viewer = viewer;
    }

    /** Watches the viewer's chart from now on (the chart may be replaced by axes; not the chart itself). */
    public static AxisTitles keepWhole(ChartViewer viewer) {
        AxisTitles titles = new AxisTitles(viewer);
        viewer.getChart().addProgressListener(e -> {
            if (e.getType() == ChartProgressEvent.DRAWING_FINISHED) {
                titles.schedule();
            }
        });
        return titles;
    }

    private void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        // Never change the chart from inside its own drawing: that would draw it again, nested.
        Platform.runLater(() -> {
            scheduled = false;
            fit();
        });
    }

    /** The title an axis stands for, on the axis or moved to a caption (for tests). */
    public String title(Axis axis) {
        return moved.containsKey(axis) ? moved.get(axis) : axis.getLabel();
    }

    /** Whether this axis's title is shown as a caption now, because it does not fit beside the axis. */
    public boolean isCaption(Axis axis) {
        return moved.containsKey(axis);
    }

    /** Measures every axis title against the last drawing and moves those that do not fit (or fit again). */
    void fit() {
        JFreeChart chart = viewer.getChart();
        if (chart == null || viewer.getCanvas().getRenderingInfo() == null) {
            return;
        }
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        if (area == null || area.getWidth() <= 0 || area.getHeight() <= 0) {
            return;
        }
        List<AxisAt> axes = axes(chart.getPlot());
        // An axis taken off the plot (linear swapped for log) keeps its entry: it may come back without a title.
        boolean changed = false;
        for (AxisAt at : axes) {
            Axis axis = at.axis();
            String title = title(axis);
            if (title == null || title.isBlank() || !axis.isVisible()) {
                continue;
            }
            double room = at.vertical() ? area.getHeight() : area.getWidth();
            boolean fits = width(title, axis.getLabelFont()) <= room;
            if (!fits && !moved.containsKey(axis)) {
                moved.put(axis, title);
                axis.setLabel(null);
                changed = true;
            } else if (fits && moved.containsKey(axis)) {
                // Back on the axis only with some room to spare, so a chart on the edge does not flicker.
                if (width(title, axis.getLabelFont()) <= room - 12) {
                    moved.remove(axis);
                    axis.setLabel(title);
                    changed = true;
                }
            }
        }
        if (changed || captionsStale(axes)) {
            rebuildCaptions(chart, axes);
        }
    }

    /** Whether the captions shown differ from those wanted (an axis swapped, fonts enlarged for presentation). */
    private boolean captionsStale(List<AxisAt> axes) {
        List<AxisAt> wanted = axes.stream().filter(a -> moved.containsKey(a.axis())).toList();
        if (wanted.size() != captions.size()) {
            return true;
        }
        for (int i = 0; i < wanted.size(); i++) {
            TextTitle shown = captions.get(i);
            if (!shown.getText().contains(moved.get(wanted.get(i).axis()))
                    || !shown.getFont().equals(wanted.get(i).axis().getLabelFont())) {
                return true;
            }
        }
        return false;
    }

    private void rebuildCaptions(JFreeChart chart, List<AxisAt> axes) {
        for (Title t : shownCaptions) {
            chart.removeSubtitle(t);
        }
        shownCaptions.clear();
        captions.clear();
        TextTitle left = null;
        TextTitle right = null;
        for (AxisAt at : axes) {
            String title = moved.get(at.axis());
            if (title == null) {
                continue;
            }
            TextTitle caption;
            if (at.vertical()) {
                boolean onRight = at.edge() == RectangleEdge.RIGHT;
                caption = new TextTitle(onRight ? title + " ↑" : "↑ " + title);
                caption.setPosition(RectangleEdge.TOP);
                caption.setHorizontalAlignment(onRight ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                caption.setTextAlignment(onRight ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
                if (onRight) {
                    right = caption;
                } else {
                    left = caption;
                }
            } else {
                caption = new TextTitle(title);
                caption.setPosition(RectangleEdge.BOTTOM);
            }
            caption.setFont(at.axis().getLabelFont());
            caption.setPaint(at.axis().getLabelPaint());
            caption.setPadding(new RectangleInsets(1, 6, 1, 6));
            captions.add(caption);
        }
        // Both sides' titles share one line when they fit on it together, so the plot keeps its height.
        boolean oneLine = left != null && right != null && width(left.getText(), left.getFont())
                + width(right.getText(), right.getFont()) + 48 <= viewer.getWidth();
        for (TextTitle caption : captions) {
            if (oneLine && caption == right) {
                continue;
            }
            Title shown = caption;
            if (oneLine && caption == left) {
                BlockContainer row = new BlockContainer(new BorderArrangement());
                row.add(left, RectangleEdge.LEFT);
                row.add(right, RectangleEdge.RIGHT);
                CompositeTitle both = new CompositeTitle(row);
                both.setPosition(RectangleEdge.TOP);
                shown = both;
            }
            shownCaptions.add(shown);
            chart.addSubtitle(shown);
        }
    }

    private static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /** An axis, whether it runs up the plot, and the side of the plot it is drawn on. */
    public record AxisAt(Axis axis, boolean vertical, RectangleEdge edge) {
    }

    /** Every axis of an XY or category plot, domain axes first; none for other plots. */
    public static List<AxisAt> axes(Plot plot) {
        List<AxisAt> all = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            boolean verticalPlot = xy.getOrientation() == PlotOrientation.VERTICAL;
            add(all, xy.getDomainAxisCount(), xy::getDomainAxis, xy::getDomainAxisEdge, !verticalPlot);
            add(all, xy.getRangeAxisCount(), xy::getRangeAxis, xy::getRangeAxisEdge, verticalPlot);
        } else if (plot instanceof CategoryPlot cat) {
            boolean verticalPlot = cat.getOrientation() == PlotOrientation.VERTICAL;
            add(all, cat.getDomainAxisCount(), cat::getDomainAxis, cat::getDomainAxisEdge, !verticalPlot);
            add(all, cat.getRangeAxisCount(), cat::getRangeAxis, cat::getRangeAxisEdge, verticalPlot);
        }
        return all;
    }

    private static void add(List<AxisAt> all, int count, IntFunction<? extends Axis> axis,
                            IntFunction<RectangleEdge> edge, boolean vertical) {
        for (int i = 0; i < count; i++) {
            if (axis.apply(i) != null) {
                all.add(new AxisAt(axis.apply(i), vertical, edge.apply(i)));
            }
        }
    }
}
