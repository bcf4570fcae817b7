package org.feedbackstudio.creators;

import java.util.List;

/**
 * The content genres: YouTube's video categories, listed from the largest audience to the smallest. A
 * platform with G genres uses the first G; users' interests are drawn with weights that fall along the
 * list, so the last genres are niches.
 */
public final class Genres {
    /** Fifteen YouTube categories. */
    public static final List<String> YOUTUBE = List.of("Music", "Entertainment", "Gaming", "People & Blogs",
            "Comedy", "Film & Animation", "Howto & Style", "Sports", "News & Politics", "Education",
            "Science & Technology", "Travel & Events", "Pets & Animals", "Autos & Vehicles", "Nonprofits & Activism");

    /** How steeply audience interest falls along the list: weight ∝ 1 / rank^this. */
    static final double AUDIENCE_SKEW = 0.8;

    private Genres() {
    }

    /** The names of the first {@code count} genres. */
    public static List<String> first(int count) {
        return YOUTUBE.subList(0, count);
    }

    /** The relative audience weight of each of the first {@code count} genres, summing to 1. */
    static double[] audienceWeights(int count) {
        double[] w = new double[count];
        double sum = 0;
        for (int g = 0; g < count; g++) {
            w[g] = 1.0 / Math.pow(g + 1, AUDIENCE_SKEW);
            sum += w[g];
        }
        for (int g = 0; g < count; g++) {
            w[g] /= sum;
        }
        return w;
    }
}
