package org.feedbackstudio.creators;

import java.util.Arrays;

/**
 * Every item ever uploaded, by id (0, 1, 2, … in upload order): its creator, genre, quality, upload round
 * and the clicks and exposures it has had. Columns of arrays rather than objects, since a long run holds
 * thousands of items and the recommender reads them for every user.
 */
final class ItemPool {
    private int size;
    private int[] creator = new int[256];
    private int[] genre = new int[256];
    private double[] quality = new double[256];
    private int[] round = new int[256];
    private long[] clicks = new long[256];
    private long[] exposures = new long[256];
    private String[] name = new String[256];

    /** Adds an item and answers its id. */
    int add(int creatorId, int genreId, double itemQuality, int uploadRound, String itemName) {
        if (size == creator.length) {
            int n = size * 2;
            creator = Arrays.copyOf(creator, n);
            genre = Arrays.copyOf(genre, n);
            quality = Arrays.copyOf(quality, n);
            round = Arrays.copyOf(round, n);
            clicks = Arrays.copyOf(clicks, n);
            exposures = Arrays.copyOf(exposures, n);
            name = Arrays.copyOf(name, n);
        }
        creator[size] = creatorId;
        genre[size] = genreId;
        quality[size] = itemQuality;
        round[size] = uploadRound;
        name[size] = itemName;
        return size++;
    }

    int size() {
        return size;
    }

    int creator(int item) {
        return creator[item];
    }

    int genre(int item) {
        return genre[item];
    }

    double quality(int item) {
        return quality[item];
    }

    int round(int item) {
        return round[item];
    }

    String name(int item) {
        return name[item];
    }

    long clicks(int item) {
        return clicks[item];
    }

    long exposures(int item) {
        return exposures[item];
    }

    void expose(int item) {
        exposures[item]++;
    }

    void click(int item) {
        clicks[item]++;
    }

    /** The first id uploaded in {@code fromRound} or later (ids grow with upload rounds). */
    int firstFrom(int fromRound) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (round[mid] < fromRound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
