package org.feedbackstudio.app.gui.charts;

import java.util.Arrays;

/**
 * One growing series of (x, y) points with x non-decreasing, kept whole for export and zoom, and shown
 * through a min/max-per-column decimation so that a million points draw as fast as a thousand.
 *
 * <p>Over the full range the points fall into at most {@code 2 × columns} buckets of equal x width; each
 * bucket shows its lowest and its highest point (in x order), which keeps every spike visible. When the
 * range outgrows the buckets their width doubles and they are rebuilt, so appending costs O(1)
 * amortised. A zoomed view is decimated afresh from the raw points of the visible range.
 */
public final class DecimatedSeries {
    private final int columns;

    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private int size;

    // Full-range buckets: bucket b covers [origin + b·width, origin + (b+1)·width).
    private double origin = Double.NaN;
    private double width; // 0 while few enough points to show them all
    private int buckets;
    private double[] minX = new double[0];
    private double[] minY = new double[0];
    private double[] maxX = new double[0];
    private double[] maxY = new double[0];

    // The view shown: either the buckets (full range) or a decimation of a zoomed range.
    private boolean zoomed;
    private double zoomLow;
    private double zoomHigh;
    private double[] viewX = new double[0];
    private double[] viewY = new double[0];
    private int viewSize;
    private boolean viewStale = true;

    /**
     * @param columns about how many pixel columns the chart has; the view shows at most ~2 points each
     */
    public DecimatedSeries(int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("columns must be >= 2");
        }
        this.columns = columns;
    }

    /** Appends a point; NaN y values are skipped (the metric is not defined there). */
    public void add(double x, double y) {
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return;
        }
        if (size > 0 && x < xs[size - 1]) {
            throw new IllegalArgumentException("x must not decrease: " + x + " after " + xs[size - 1]);
        }
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        if (Double.isNaN(origin)) {
            origin = x;
        }
        if (width == 0) {
            if (size > 2 * columns) {
                rebuildBuckets(Math.max((x - origin) / columns, Math.ulp(Math.max(1.0, Math.abs(x)))));
            }
        } else {
            addToBucket(x, y);
        }
        viewStale = true;
    }

    public void clear() {
        size = 0;
        origin = Double.NaN;
        width = 0;
        buckets = 0;
        viewStale = true;
    }

    /** Raw points stored. */
    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** Shows the full range (auto range). */
    public void showAll() {
        if (zoomed) {
            zoomed = false;
            viewStale = true;
        }
    }

    /** Shows only [low, high], decimated afresh from the raw points. */
    public void showRange(double low, double high) {
        if (!zoomed || low != zoomLow || high != zoomHigh) {
            zoomed = true;
            zoomLow = low;
            zoomHigh = high;
            viewStale = true;
        }
    }

    /** Points in the current view (what the renderer draws). */
    public int viewSize() {
        refreshView();
        return viewSize;
    }

    public double viewX(int i) {
        refreshView();
        return viewX[i];
    }

    public double viewY(int i) {
        refreshView();
        return viewY[i];
    }

    private void refreshView() {
        if (!viewStale) {
            return;
        }
        viewStale = false;
        if (zoomed) {
            decimateRange(zoomLow, zoomHigh);
        } else if (width == 0) {
            ensureView(size);
            System.arraycopy(xs, 0, viewX, 0, size);
            System.arraycopy(ys, 0, viewY, 0, size);
            viewSize = size;
        } else {
            ensureView(2 * buckets);
            int n = 0;
            for (int b = 0; b < buckets; b++) {
                if (Double.isNaN(minY[b])) {
                    continue;
                }
                if (minX[b] <= maxX[b]) {
                    n = put(n, minX[b], minY[b]);
                    if (maxX[b] != minX[b]) {
                        n = put(n, maxX[b], maxY[b]);
                    }
                } else {
                    n = put(n, maxX[b], maxY[b]);
                    n = put(n, minX[b], minY[b]);
                }
            }
            viewSize = n;
        }
    }

    private int put(int n, double x, double y) {
        viewX[n] = x;
        viewY[n] = y;
        return n + 1;
    }

    private void ensureView(int capacity) {
        if (viewX.length < capacity) {
            viewX = new double[Math.max(capacity, viewX.length * 2)];
            viewY = new double[viewX.length];
        }
    }

    private void rebuildBuckets(double newWidth) {
        while ((xs[size - 1] - origin) / newWidth >= 2 * columns) {
            newWidth *= 2;
        }
        width = newWidth;
        int needed = (int) Math.min(Integer.MAX_VALUE - 8, (long) Math.floor((xs[size - 1] - origin) / width) + 1);
        if (minX.length < needed) {
            int capacity = Math.max(needed, 4 * columns + 4);
            minX = new double[capacity];
            minY = new double[capacity];
            maxX = new double[capacity];
            maxY = new double[capacity];
        }
        buckets = 0;
        for (int i = 0; i < size; i++) {
            placeInBucket(xs[i], ys[i]);
        }
    }

    private void addToBucket(double x, double y) {
        if ((x - origin) / width >= 2 * columns) {
            rebuildBuckets(width * 2); // includes this point, already stored
            return;
        }
        placeInBucket(x, y);
    }

    private void placeInBucket(double x, double y) {
        int b = (int) Math.floor((x - origin) / width);
        if (b >= minX.length) {
            int capacity = Math.max(b + 1, minX.length * 2);
            minX = Arrays.copyOf(minX, capacity);
            minY = Arrays.copyOf(minY, capacity);
            maxX = Arrays.copyOf(maxX, capacity);
            maxY = Arrays.copyOf(maxY, capacity);
        }
        while (buckets <= b) {
            minY[buckets] = Double.NaN;
            buckets++;
        }
        if (Double.isNaN(minY[b])) {
            minX[b] = x;
            minY[b] = y;
            maxX[b] = x;
            maxY[b] = y;
            return;
        }
        if (y < minY[b]) {
            minY[b] = y;
            minX[b] = x;
        }
        if (y > maxY[b]) {
            maxY[b] = y;
            maxX[b] = x;
        }
    }

    private void decimateRange(double low, double high) {
        int from = lowerBound(low);
        int to = lowerBound(Math.nextUp(high)); // exclusive
        // Keep one point either side so the line runs to the edges of the view.
        from = Math.max(0, from - 1);
        to = Math.min(size, to + 1);
        int count = to - from;
        if (count <= 2 * columns) {
            ensureView(count);
            System.arraycopy(xs, from, viewX, 0, count);
            System.arraycopy(ys, from, viewY, 0, count);
            viewSize = count;
            return;
        }
        ensureView(2 * columns + 4);
        double w = (high - low) / columns;
        int n = 0;
        int i = from;
        while (i < to) {
            double start = xs[i];
            int column = (int) Math.floor((start - low) / w);
            double end = low + (column + 1) * w;
            int lo = i;
            int hi = i;
            int j = i;
            while (j < to && (xs[j] < end || j == i)) {
                if (ys[j] < ys[lo]) {
                    lo = j;
                }
                if (ys[j] > ys[hi]) {
                    hi = j;
                }
                j++;
            }
            int first = Math.min(lo, hi);
            int second = Math.max(lo, hi);
            ensureView(n + 2);
            n = put(n, xs[first], ys[first]);
            if (second != first) {
                n = put(n, xs[second], ys[second]);
            }
            i = j;
        }
        viewSize = n;
    }

    private int lowerBound(double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
