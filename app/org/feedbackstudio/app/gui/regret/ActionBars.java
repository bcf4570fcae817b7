package org.feedbackstudio.app.gui.regret;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One bar per action, drawn on a canvas: a learner's probabilities (the played action outlined, the
 * best action in hindsight marked ▲ under its number) or every action's cumulative loss (the best one
 * dark, with a dashed line at its level, and a dot in a learner's colour over the action it plays).
 * When K is too large for readable bars it shows the most telling actions only (see {@link ShownActions});
 * hovering over a bar describes it.
 */
final class ActionBars extends Region {
    /** What the bars stand for. */
    enum Kind { PROBABILITY, LOSS }

    /** A learner currently playing an action, drawn as a dot over that action's loss bar. */
    record Marker(int action, Color colour, String learner) {
    }

    private static final Color AXIS = Color.web("#888888");
    private static final Color GRID = Color.web("#e3e3e3");
    private static final Color TEXT = Color.web("#222222");
    private static final Color LOSS_BAR = Color.web("#b4b4b4");
    private static final Color BEST = Color.web("#333333");
    /** Narrowest bar slot when every action is shown in index order. */
    private static final double MIN_SLOT_ALL = 6;

    private final Canvas canvas = new Canvas();
    private final Kind kind;
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper();
    private double[] values = new double[0];
    private int played = -1;
    private int best = -1;
    private Color colour = Color.GRAY;
    private List<Marker> markers = List.of();
    private ShownActions shown = new ShownActions(List.of(), true, 0);
    private double scaleMax = 1;
    private double zoom = 1;
    // geometry of the last drawing, for hovering
    private double left;
    private double slot;

    ActionBars(Kind kind) {
        this.kind = kind;
        getChildren().add(canvas);
        setMinHeight(90);
        setPrefHeight(140);
        setMinWidth(160);
        canvas.setOnMouseMoved(e -> hover.set(describeAt(e.getX())));
        canvas.setOnMouseExited(e -> hover.set(null));
    }

    /** A learner's distribution over actions. */
    void showProbabilities(double[] p, int playedAction, int bestAction, Color learnerColour) {
        values = p.clone();
        played = playedAction;
        best = bestAction;
        colour = learnerColour;
        markers = List.of();
        refresh();
    }

    /** Every action's cumulative loss, and where each learner is. */
    void showLosses(double[] cumulative, int bestAction, List<Marker> learners) {
        values = cumulative.clone();
        played = -1;
        best = bestAction;
        markers = List.copyOf(learners);
        refresh();
    }

    /** Larger text and bars for a projector. */
    void setZoom(double factor) {
        zoom = factor;
        setPrefHeight(140 * factor);
        refresh();
    }

    /** The actions drawn, in order. */
    ShownActions shown() {
        return shown;
    }

    /** The value of an action's bar. */
    double value(int action) {
        return values[action];
    }

    double[] values() {
        return values.clone();
    }

    int played() {
        return played;
    }

    int best() {
        return best;
    }

    /** A description of the bar under the pointer, or null. */
    ReadOnlyStringProperty hoverTextProperty() {
        return hover.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            refresh();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    // ---------------------------------------------------------------- geometry

    private Font labelFont(boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, 11 * zoom);
    }

    private static double textWidth(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private double leftMargin() {
        Font font = labelFont(false);
        double widest = Math.max(textWidth(axisLabel(scaleMax), font), textWidth(axisLabel(scaleMax / 2), font));
        return widest + 8 * zoom;
    }

    /** The widest bar label: an action number or a value. */
    private double labelSlot() {
        Font bold = labelFont(true);
        String widestValue = kind == Kind.PROBABILITY ? "<0.01%" : "88.8k"; // the widest short labels
        return Math.max(textWidth(Integer.toString(Math.max(0, values.length - 1)), bold),
                textWidth(widestValue, bold)) + 6 * zoom;
    }

    private void refresh() {
        double width = canvas.getWidth() > 0 ? canvas.getWidth() : 480;
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        scaleMax = kind == Kind.PROBABILITY ? Math.min(1, Scales.niceCeiling(max)) : Scales.niceCeiling(max);
        double plot = Math.max(1, width - leftMargin() - 4);
        int everyCapacity = (int) (plot / (MIN_SLOT_ALL * zoom));
        int capacity = values.length <= everyCapacity ? everyCapacity : Math.max(1, (int) (plot / labelSlot()));
        List<Integer> must = new ArrayList<>();
        must.add(best);
        must.add(played);
        markers.forEach(m -> must.add(m.action()));
        shown = ShownActions.choose(values, capacity, kind == Kind.PROBABILITY, must);
        draw();
    }

    private String axisLabel(double v) {
        return Scales.axis(v, kind == Kind.LOSS);
    }

    // ---------------------------------------------------------------- drawing

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 10 || h < 10 || values.length == 0) {
            return;
        }
        Font regular = labelFont(false);
        Font bold = labelFont(true);
        double line = 14 * zoom;
        double dots = markers.isEmpty() ? 0 : 10 * zoom;
        double top = line + dots + 2;
        double bottom = line + 11 * zoom + 2;
        left = leftMargin();
        double plotW = w - left - 4;
        double plotH = h - top - bottom;
        if (plotH < 8) {
            return;
        }
        double base = top + plotH;
        List<Integer> order = shown.actions();
        slot = plotW / order.size();
        double barW = Math.max(1, slot * (slot >= 12 ? 0.74 : 0.85));

        // axis and grid: 0, half and the top of the scale
        g.setFont(regular);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setLineWidth(1);
        for (double f : new double[] {0, 0.5, 1}) {
            double y = Math.round(base - f * plotH) + 0.5;
            g.setStroke(f == 0 ? AXIS : GRID);
            g.strokeLine(left, y, left + plotW, y);
            g.setFill(AXIS);
            g.fillText(axisLabel(f * scaleMax), left - 4 * zoom, y);
        }

        double widestValue = 0;
        for (int a : order) {
            widestValue = Math.max(widestValue, textWidth(valueLabel(values[a]), bold));
        }
        boolean valuesFit = slot >= widestValue + 4 * zoom;
        int step = labelStep(slot, textWidth(Integer.toString(values.length - 1), regular) + 4 * zoom);
        for (int i = 0; i < order.size(); i++) {
            int a = order.get(i);
            double cx = left + (i + 0.5) * slot;
            double barH = Math.max(0, Math.min(1, values[a] / scaleMax)) * plotH;
            double x = cx - barW / 2;
            boolean isPlayed = a == played;
            boolean isBest = a == best;
            g.setFill(fill(isPlayed, isBest));
            g.fillRect(x, base - barH, barW, barH);
            if (isPlayed) {
                g.setStroke(TEXT);
                g.setLineWidth(Math.max(1.5, 2 * zoom));
                g.strokeRect(x, base - barH, barW, Math.max(barH, 1));
            }
            boolean special = isPlayed || isBest;
            if (valuesFit || special) {
                g.setFont(special ? bold : regular);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.BOTTOM);
                g.setFill(TEXT);
                g.fillText(valueLabel(values[a]), clampX(cx, w), base - barH - 1);
            }
            // action numbers: all when they fit, else every step-th, and always the played and best ones
            if (!shown.all() || a % step == 0 || special) {
                g.setFont(special ? bold : regular);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                if (special && shown.all() && step > 1) {
                    double tw = textWidth(Integer.toString(a), bold) + 4;
                    g.setFill(Color.WHITE);
                    g.fillRect(clampX(cx, w) - tw / 2, base + 1, tw, line);
                }
                g.setFill(special ? TEXT : AXIS);
                g.fillText(Integer.toString(a), clampX(cx, w), base + 2);
            }
            if (isBest) {
                double ty = base + line + 2;
                double s = 5 * zoom;
                g.setFill(TEXT);
                g.fillPolygon(new double[] {cx - s, cx + s, cx}, new double[] {ty + 2 * s, ty + 2 * s, ty}, 3);
            }
            drawMarkers(g, a, cx, base - barH - line);
        }
        if (kind == Kind.LOSS && best >= 0 && best < values.length) {
            double y = base - Math.min(1, values[best] / scaleMax) * plotH;
            g.setStroke(BEST);
            g.setLineWidth(1);
            g.setLineCap(StrokeLineCap.BUTT);
            g.setLineDashes(5, 4);
            g.strokeLine(left, y, left + plotW, y);
            g.setLineDashes((double[]) null);
        }
    }

    private void drawMarkers(GraphicsContext g, int action, double cx, double above) {
        double r = 4 * zoom;
        int n = 0;
        for (Marker m : markers) {
            if (m.action() == action) {
                n++;
            }
        }
        double x = cx - (n - 1) * r;
        for (Marker m : markers) {
            if (m.action() == action) {
                g.setFill(m.colour());
                g.fillOval(x - r, above - 2 * r - 1, 2 * r, 2 * r);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                g.strokeOval(x - r, above - 2 * r - 1, 2 * r, 2 * r);
                x += 2 * r;
            }
        }
    }

    private double clampX(double cx, double w) {
        return Math.max(left + 8 * zoom, Math.min(w - 8 * zoom, cx));
    }

    private Color fill(boolean isPlayed, boolean isBest) {
        if (kind == Kind.LOSS) {
            return isBest ? BEST : LOSS_BAR;
        }
        return isPlayed ? colour : colour.deriveColor(0, 0.75, 1.15, 0.55);
    }

    private String valueLabel(double v) {
        return kind == Kind.PROBABILITY ? Scales.percent(v) : Scales.shortLoss(v);
    }

    /** Label every step-th action, step from 1, 2, 5, 10, 20, 50…, so that labels do not overlap. */
    static int labelStep(double slot, double labelWidth) {
        int[] mantissas = {1, 2, 5};
        for (int power = 1; power <= 1_000_000; power *= 10) {
            for (int m : mantissas) {
                if (m * power * slot >= labelWidth) {
                    return m * power;
                }
            }
        }
        return 1_000_000;
    }

    private String describeAt(double x) {
        if (slot <= 0 || x < left) {
            return null;
        }
        int i = (int) ((x - left) / slot);
        if (i < 0 || i >= shown.actions().size()) {
            return null;
        }
        int a = shown.actions().get(i);
        StringBuilder text = new StringBuilder("action " + a + ": ");
        if (kind == Kind.PROBABILITY) {
            text.append(String.format(Locale.ROOT, "probability %.4f", values[a]));
            if (a == played) {
                text.append(" · played now");
            }
        } else {
            text.append("cumulative loss ").append(Scales.loss(values[a]));
            if (best >= 0 && a != best) {
                text.append(" (").append(Scales.loss(values[a] - values[best])).append(" more than the best)");
            }
            for (Marker m : markers) {
                if (m.action() == a) {
                    text.append(" · played by ").append(m.learner());
                }
            }
        }
        if (a == best) {
            text.append(" · best in hindsight");
        }
        return text.toString();
    }
}
