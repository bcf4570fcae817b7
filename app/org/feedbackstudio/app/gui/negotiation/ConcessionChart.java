package org.feedbackstudio.app.gui.negotiation;

import org.feedbackstudio.app.gui.charts.AxisTitles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.feedbackstudio.app.gui.charts.Palette;
import org.feedbackstudio.app.gui.negotiation.ConcessionPoints.Point;
import org.feedbackstudio.negotiation.Side;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The concession curves of one game: the seller's and the buyer's offers against the exchange, the
 * agreement marked, and the prices that bound the game drawn across (the two scripted openings, which
 * a deal must lie strictly between, and each side's walk-away price in this game).
 */
final class ConcessionChart {
    static final Color SELLER = Palette.color(0);
    static final Color BUYER = Palette.color(1);
    private static final Color BOUND = new Color(0x555555);
    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final XYSeries seller = new XYSeries("seller's offers", false, true);
    private final XYSeries buyer = new XYSeries("buyer's offers", false, true);
    private final XYSeries agreement = new XYSeries("deal", false, true);
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    private final NumberAxis xAxis = new NumberAxis("exchange (0 = scripted opening)");
    private final NumberAxis yAxis = new NumberAxis("offer ($)");
    private final XYPlot plot;
    private final JFreeChart chart;
    private final BorderPane node = new BorderPane();
    private final Label caption = new Label("Concession curves");
    private double scale = 1.0;
    private XYLineAnnotation acceptance;

    ConcessionChart() {
        data.addSeries(seller);
        data.addSeries(buyer);
        data.addSeries(agreement);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yAxis.setAutoRangeIncludesZero(false);
        plot = new XYPlot(data, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        renderer.setSeriesPaint(0, SELLER);
        renderer.setSeriesPaint(1, BUYER);
        renderer.setSeriesPaint(2, Color.BLACK);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShape(2, star());
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShapesFilled(2, true);
        chart = new JFreeChart(null, null, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(BlockBorder.NONE);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 150);
        viewer.setPrefSize(400, 240);
        AxisTitles.keepWhole(viewer);
        caption.getStyleClass().add("chart-caption");
        caption.setPadding(new Insets(2, 4, 2, 8));
        caption.setMinWidth(0);
        caption.setWrapText(true); // two lines in a narrow pane rather than a cut title
        HBox bar = new HBox(caption);
        bar.getStyleClass().add("chart-bar");
        node.setTop(bar);
        node.setCenter(viewer);
        node.getStyleClass().add("live-chart");
        style();
    }

    BorderPane node() {
        return node;
    }

    JFreeChart chart() {
        return chart;
    }

    /** Draws one game; null clears the chart. */
    void show(ConcessionPoints p) {
        seller.clear();
        buyer.clear();
        agreement.clear();
        plot.clearRangeMarkers();
        if (acceptance != null) {
            renderer.removeAnnotation(acceptance);
            acceptance = null;
        }
        if (p == null) {
            caption.setText("Concession curves");
            return;
        }
        caption.setText("Concession curves in this game");
        p.seller().forEach(pt -> seller.add(pt.exchange(), pt.price()));
        p.buyer().forEach(pt -> buyer.add(pt.exchange(), pt.price()));
        seller.setKey(p.coached() == Side.SELLER ? "seller's offers (coached)" : "seller's offers");
        buyer.setKey(p.coached() == Side.BUYER ? "buyer's offers (coached)" : "buyer's offers");
        agreement.setKey(p.validDeal() ? "deal" : "agreement out of range (no deal)");
        if (p.agreement() != null) {
            agreement.add(p.agreement().exchange(), p.agreement().price());
        }
        renderer.setSeriesVisibleInLegend(2, p.agreement() != null);
        Point from = p.closerLastOffer();
        if (from != null) {
            // The accepting side steps from its own last offer to the other's price: draw that step.
            acceptance = new XYLineAnnotation(from.exchange(), from.price(), p.agreement().exchange(),
                    p.agreement().price(), new BasicStroke((float) (1.5 * scale), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f), p.closer() == Side.SELLER ? SELLER : BUYER);
            renderer.addAnnotation(acceptance);
        }
        marker(p.ask(), "ask " + GameText.price(p.ask()), BOUND, true, true);
        marker(p.counter(), "counter-offer " + GameText.price(p.counter()), BOUND, true, false);
        // A side played by a language model has no walk-away price to show (NaN).
        if (!Double.isNaN(p.sellerWalkAway())) {
            marker(p.sellerWalkAway(), "seller's walk-away " + GameText.price(p.sellerWalkAway()), SELLER, false,
                    p.sellerWalkAway() < p.buyerWalkAway());
        }
        if (!Double.isNaN(p.buyerWalkAway())) {
            marker(p.buyerWalkAway(), "buyer's walk-away " + GameText.price(p.buyerWalkAway()), BUYER, false,
                    p.buyerWalkAway() <= p.sellerWalkAway());
        }
        xAxis.setRange(-0.4, p.lastExchange() + 0.4);
        double low = p.counter();
        double high = p.ask();
        for (double w : new double[] {p.sellerWalkAway(), p.buyerWalkAway()}) {
            if (!Double.isNaN(w)) {
                low = Math.min(low, w);
                high = Math.max(high, w);
            }
        }
        for (ConcessionPoints.Point pt : p.seller()) {
            low = Math.min(low, pt.price());
            high = Math.max(high, pt.price());
        }
        for (ConcessionPoints.Point pt : p.buyer()) {
            low = Math.min(low, pt.price());
            high = Math.max(high, pt.price());
        }
        double pad = Math.max(0.8, (high - low) * 0.14); // room above the top line and below the bottom one
        yAxis.setRange(low - pad, high + pad);
    }

    /** A horizontal line across the plot, labelled at the left (the openings) or the right (walk-aways). */
    private void marker(double price, String label, Color colour, boolean opening, boolean labelBelow) {
        float w = (float) (1.2 * scale);
        BasicStroke stroke = opening
                ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f)
                : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);
        ValueMarker m = new ValueMarker(price, colour, stroke);
        m.setLabel(label);
        m.setLabelFont(MARKER_FONT.deriveFont((float) (MARKER_FONT.getSize() * scale)));
        m.setLabelPaint(colour.darker());
        if (opening) {
            m.setLabelAnchor(labelBelow ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(labelBelow ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
        } else {
            m.setLabelAnchor(labelBelow ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(labelBelow ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        }
        m.setLabelOffset(new RectangleInsets(2, opening ? 22 : 6, 2, 6));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 235));
        // Over the curves, on an almost opaque ground: a label stays readable where a curve runs under it.
        plot.addRangeMarker(m, Layer.FOREGROUND);
    }

    /** Points drawn for a series: 0 seller, 1 buyer, 2 the agreement (for tests). */
    int points(int series) {
        return data.getSeries(series).getItemCount();
    }

    XYSeries series(int index) {
        return data.getSeries(index);
    }

    void setPresentation(boolean on) {
        scale = on ? 1.6 : 1.0;
        style();
    }

    private void style() {
        Font axis = AXIS_FONT.deriveFont((float) (AXIS_FONT.getSize() * scale));
        Font ticks = TICK_FONT.deriveFont((float) (TICK_FONT.getSize() * scale));
        for (NumberAxis a : new NumberAxis[] {xAxis, yAxis}) {
            a.setLabelFont(axis);
            a.setTickLabelFont(ticks);
        }
        chart.getLegend().setItemFont(ticks);
        float w = (float) (2.0 * scale);
        renderer.setSeriesStroke(0, new BasicStroke(w));
        renderer.setSeriesStroke(1, new BasicStroke(w));
        for (ValueMarker m : markers()) {
            m.setLabelFont(MARKER_FONT.deriveFont((float) (MARKER_FONT.getSize() * scale)));
        }
    }

    private List<ValueMarker> markers() {
        List<ValueMarker> out = new ArrayList<>();
        Collection<?> markers = plot.getRangeMarkers(Layer.BACKGROUND);
        if (markers != null) {
            for (Object o : markers) {
                if (o instanceof ValueMarker m) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** A five-pointed star, so the agreement stands out from both sides' offers. */
    private static Shape star() {
        Path2D.Double star = new Path2D.Double();
        double outer = 8;
        double inner = 3.5;
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.PI / 2 + i * Math.PI / 5;
            double x = r * Math.cos(a);
            double y = -r * Math.sin(a);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }
}
