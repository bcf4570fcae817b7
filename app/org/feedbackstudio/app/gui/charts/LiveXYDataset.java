package org.feedbackstudio.app.gui.charts;

import org.jfree.data.xy.AbstractXYDataset;

import java.util.ArrayList;
import java.util.List;

/** A JFreeChart dataset over {@link DecimatedSeries}: the renderer sees only the decimated view. */
final class LiveXYDataset extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;

    private final List<String> keys = new ArrayList<>();
    private final List<DecimatedSeries> series = new ArrayList<>();

    int add(String key, DecimatedSeries s) {
        keys.add(key);
        series.add(s);
        return series.size() - 1;
    }

    void remove(int index) {
        keys.remove(index);
        series.remove(index);
    }

    void clear() {
        keys.clear();
        series.clear();
    }

    DecimatedSeries series(int index) {
        return series.get(index);
    }

    List<DecimatedSeries> all() {
        return series;
    }

    /** Tells the chart to redraw; called once per batch of appended points. */
    void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return series.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int s) {
        return keys.get(s);
    }

    @Override
    public int getItemCount(int s) {
        return series.get(s).viewSize();
    }

    @Override
    public Number getX(int s, int item) {
        return series.get(s).viewX(item);
    }

    @Override
    public double getXValue(int s, int item) {
        return series.get(s).viewX(item);
    }

    @Override
    public Number getY(int s, int item) {
        return series.get(s).viewY(item);
    }

    @Override
    public double getYValue(int s, int item) {
        return series.get(s).viewY(item);
    }
}
