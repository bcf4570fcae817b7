package org.feedbackstudio.app.gui.charts;

import org.feedbackstudio.app.gui.kit.Numbers;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic axis labelled as on log paper: the powers of ten (1, 10, 100, 1,000 … 1M), with 2 and 5
 * between them when the axis spans few decades and every 1 … 9 when it spans less than one, never
 * exponents such as 10^3.35. A wide axis labels every second or third decade so labels never crowd.
 */
public class ReadableLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    public ReadableLogAxis(String label) {
        super(label);
        setNumberFormatOverride(Numbers.axisFormat());
        setMinorTickMarksVisible(false);
    }

    /** The tick values between two positive bounds. */
    static List<Double> tickValues(double low, double high) {
        List<Double> values = new ArrayList<>();
        if (!(low > 0) || !(high > low)) {
            return values;
        }
        double span = Math.log10(high / low);
        int[] multiples = span < 1 ? new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9} : span < 3 ? new int[] {1, 2, 5}
                : new int[] {1};
        int every = span <= 8 ? 1 : (int) Math.ceil(span / 8);
        int first = (int) Math.floor(Math.log10(low));
        int last = (int) Math.ceil(Math.log10(high));
        for (int d = first; d <= last; d++) {
            if (Math.floorMod(d, every) != 0) {
                continue;
            }
            for (int m : multiples) {
                double v = m * Math.pow(10, d);
                v = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", v)); // 3 × 10^-1 is 0.3
                if (v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return ticks(anchor);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return ticks(anchor);
    }

    private List<NumberTick> ticks(TextAnchor anchor) {
        List<NumberTick> ticks = new ArrayList<>();
        double low = Math.max(getLowerBound(), getSmallestValue());
        for (double v : tickValues(low, getUpperBound())) {
            ticks.add(new NumberTick(TickType.MAJOR, v, Numbers.axis(v), anchor, anchor, 0.0));
        }
        return ticks;
    }
}
