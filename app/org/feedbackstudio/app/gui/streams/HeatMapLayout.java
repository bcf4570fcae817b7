package org.feedbackstudio.app.gui.streams;

/**
 * Where the heat map's square cells sit on its canvas: row and column labels on the left and on top,
 * the colour bar to the right of the matrix, and the keys to its blank and dashed cells either under
 * the colour bar or under the matrix, whichever leaves the larger cells.
 *
 * @param tasks     cells per row and per column
 * @param x0        left edge of the matrix
 * @param y0        top edge of the matrix
 * @param cell      side of a cell, in whole pixels
 * @param keysRight whether the keys go under the colour bar (else under the matrix)
 */
record HeatMapLayout(int tasks, double x0, double y0, double cell, boolean keysRight) {
    /** The smallest cell drawn; with many tasks in little room, the matrix overflows rather than vanishes. */
    static final double MIN_CELL = 4;
    /** Room right of the matrix for the colour bar alone, at scale 1. */
    static final double RIGHT = 92;
    /** Room right of the matrix for the colour bar with the keys under it, at scale 1. */
    static final double RIGHT_WITH_KEYS = 200;
    /** Room under the matrix for "now" under its column, at scale 1. */
    static final double BOTTOM = 24;
    /** Room under the matrix for "now" and the keys, at scale 1. */
    static final double BOTTOM_WITH_KEYS = 56;
    /** The least height the colour bar with the keys under it needs, at scale 1. */
    static final double LEGEND_HEIGHT = 180;
    private static final double LEFT = 90;
    private static final double TOP = 46;

    /**
     * The layout for a canvas of {@code width × height} at text scale {@code scale} (1, or larger in
     * presentation mode).
     */
    static HeatMapLayout of(int tasks, double width, double height, double scale) {
        double left = LEFT * scale;
        double top = TOP * scale;
        double below = Math.floor(Math.min((width - left - RIGHT * scale) / tasks,
                (height - top - BOTTOM_WITH_KEYS * scale) / tasks));
        double right = Math.floor(Math.min((width - left - RIGHT_WITH_KEYS * scale) / tasks,
                (height - top - BOTTOM * scale) / tasks));
        boolean keysRight = right > below && height - top >= LEGEND_HEIGHT * scale;
        double room = keysRight ? right : below;
        return new HeatMapLayout(tasks, left, top, Math.max(MIN_CELL, room), keysRight);
    }

    HeatMapLayout(int tasks, double x0, double y0, double cell) {
        this(tasks, x0, y0, cell, false);
    }

    double size() {
        return tasks * cell;
    }
    /** Left edge of column {@code after} (1-based). */
    double columnX(int after) {
        return x0 + (after - 1) * cell;
    }

    /** Top edge of row {@code task} (1-based). */
    double rowY(int task) {
        return y0 + (task - 1) * cell;
    }

    /** The column (1-based) under x, or -1 outside the matrix. */
    int columnAt(double x) {
        int c = (int) Math.floor((x - x0) / cell) + 1;
        return x >= x0 && c >= 1 && c <= tasks ? c : -1;
    }

    /** The row (1-based) under y, or -1 outside the matrix. */
    int rowAt(double y) {
        int r = (int) Math.floor((y - y0) / cell) + 1;
        return y >= y0 && r >= 1 && r <= tasks ? r : -1;
    }

    /** Every how many rows and columns to write a number, so that labels stay {@code spacing} apart. */
    int labelStep(double spacing) {
        int[] steps = {1, 2, 5, 10, 20, 50};
        for (int s : steps) {
            if (s * cell >= spacing) {
                return s;
            }
        }
        return 50;
    }

    /**
     * Whether row or column {@code i} gets its number with labels every {@code step}: the multiples of
     * the step, and the first one too when the next label is far enough away.
     */
    static boolean numbered(int i, int step) {
        return step == 1 || i % step == 0 || (i == 1 && step >= 5);
    }
}
