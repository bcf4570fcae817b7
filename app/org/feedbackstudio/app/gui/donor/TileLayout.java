package org.feedbackstudio.app.gui.donor;

import java.util.List;

/**
 * Where the tiles of a population go in an area: the groups one below the other, each a heading line
 * and then rows of square tiles, all of one size — the largest that lets every tile fit. Positions are
 * numbered group after group, in order. Pure arithmetic, so that it can be tested without a screen.
 */
final class TileLayout {
    /** Space between two groups. */
    static final double GROUP_SPACING = 10;

    private final int[] groupStart;
    private final int[] groupCount;
    private final double[] groupTop;
    private final double heading;
    private final double left;
    private final int size;
    private final int gap;
    private final int columns;
    private final int positions;
    private final boolean fits;

    private TileLayout(int[] counts, double[] tops, double heading, double left, int size, int gap, int columns,
                       boolean fits) {
        this.groupCount = counts;
        this.groupTop = tops;
        this.heading = heading;
        this.left = left;
        this.size = size;
        this.gap = gap;
        this.columns = columns;
        this.fits = fits;
        groupStart = new int[counts.length];
        int p = 0;
        for (int g = 0; g < counts.length; g++) {
            groupStart[g] = p;
            p += counts[g];
        }
        positions = p;
    }

    /**
     * The layout with the largest tiles (at most {@code maxTile} pixels) that fit in {@code width} ×
     * {@code height}; when even one-pixel tiles do not fit, one-pixel tiles overflowing at the bottom.
     *
     * @param counts  tiles per group, in order
     * @param heading height of a group's heading line
     * @param padding margin kept free on every side
     */
    static TileLayout compute(List<Integer> counts, double width, double height, double heading, double padding,
                              int maxTile) {
        int[] c = counts.stream().mapToInt(Integer::intValue).toArray();
        double w = Math.max(1, width - 2 * padding);
        double h = Math.max(1, height - 2 * padding);
        for (int size = Math.max(1, maxTile); size >= 1; size--) {
            int gap = gapFor(size);
            int columns = (int) Math.floor((w + gap) / (size + gap));
            if (columns < 1) {
                continue;
            }
            if (heightNeeded(c, columns, size, gap, heading) <= h) {
                return new TileLayout(c, tops(c, columns, size, gap, heading, padding), heading, padding, size, gap,
                        columns, true);
            }
        }
        int columns = Math.max(1, (int) Math.floor(w));
        return new TileLayout(c, tops(c, columns, 1, 0, heading, padding), heading, padding, 1, 0, columns, false);
    }

    /** Tiles keep a visible gap while they are large enough to spare it. */
    static int gapFor(int size) {
        return size >= 24 ? 4 : size >= 10 ? 2 : size >= 4 ? 1 : 0;
    }

    private static double heightNeeded(int[] counts, int columns, int size, int gap, double heading) {
        double total = 0;
        int groups = 0;
        for (int count : counts) {
            if (groups++ > 0) {
                total += GROUP_SPACING;
            }
            int rows = (count + columns - 1) / columns;
            total += heading + rows * (size + gap) - (rows > 0 ? gap : 0);
        }
        return total;
    }

    private static double[] tops(int[] counts, int columns, int size, int gap, double heading, double padding) {
        double[] tops = new double[counts.length];
        double y = padding;
        for (int g = 0; g < counts.length; g++) {
            tops[g] = y;
            int rows = (counts[g] + columns - 1) / columns;
            y += heading + rows * (size + gap) - (rows > 0 ? gap : 0) + GROUP_SPACING;
        }
        return tops;
    }

    /** Side of a tile in pixels. */
    int size() {
        return size;
    }

    int gap() {
        return gap;
    }

    int columns() {
        return columns;
    }

    int positions() {
        return positions;
    }

    /** False when the tiles overflow the area even at one pixel each. */
    boolean fits() {
        return fits;
    }

    int groups() {
        return groupCount.length;
    }

    /** Top of a group's heading line. */
    double headingTop(int group) {
        return groupTop[group];
    }

    /** The group holding position {@code p}. */
    int groupOf(int p) {
        if (p < 0 || p >= positions) {
            throw new IndexOutOfBoundsException("position " + p + " of " + positions);
        }
        int lo = 0;
        int hi = groupStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (groupStart[mid] <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo; // the last group starting at or before p: an empty group never is, its successor starts there too
    }

    /** Left edge of the tile at position {@code p}. */
    double x(int p) {
        int local = p - groupStart[groupOf(p)];
        return left + (local % columns) * (size + gap);
    }

    /** Top edge of the tile at position {@code p}. */
    double y(int p) {
        int g = groupOf(p);
        int local = p - groupStart[g];
        return groupTop[g] + heading + (local / columns) * (size + gap);
    }

    /** The position whose tile (or the gap after it) covers the point, or -1. */
    int positionAt(double px, double py) {
        if (px < left) {
            return -1;
        }
        int column = (int) Math.floor((px - left) / (size + gap));
        if (column >= columns) {
            return -1;
        }
        for (int g = 0; g < groupCount.length; g++) {
            double top = groupTop[g] + heading;
            if (py < top) {
                continue;
            }
            int row = (int) Math.floor((py - top) / (size + gap));
            int local = row * columns + column;
            if (local < groupCount[g]) {
                return groupStart[g] + local;
            }
        }
        return -1;
    }
}
