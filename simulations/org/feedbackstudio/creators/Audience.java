package org.feedbackstudio.creators;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The users: each one's genre interests (1–3, mean 1.5, drawn with the genres' audience weights), the
 * recent items it has been shown, and the cautious click model by which it judges a slate.
 *
 * <p>Click model: an item of quality q in a genre the user likes is watched with chance q·interestWatch,
 * one in another genre with chance q·otherWatch; an item not watched is skipped, or with chance
 * leaveChance the user leaves and the rest of the slate goes unjudged.
 */
final class Audience {
    /** Chances of 1, 2 and 3 interests: mean 1.5, as in the paper's setting. */
    static final double[] INTEREST_COUNTS = {0.6, 0.3, 0.1};

    private final int users;
    private final int genres;
    private final boolean[][] likes;
    private final int[] interestCount;
    /** Items shown to each user, pruned to those still inside the recency window. */
    private final int[][] seen;
    private final int[] seenCount;

    Audience(int users, int genres, SplittableRandom random) {
        this.users = users;
        this.genres = genres;
        this.likes = new boolean[users][genres];
        this.interestCount = new int[users];
        this.seen = new int[users][];
        this.seenCount = new int[users];
        double[] weights = Genres.audienceWeights(genres);
        for (int u = 0; u < users; u++) {
            double draw = random.nextDouble();
            int k = draw < INTEREST_COUNTS[0] ? 1 : draw < INTEREST_COUNTS[0] + INTEREST_COUNTS[1] ? 2 : 3;
            k = Math.min(k, genres);
            interestCount[u] = k;
            for (int j = 0; j < k; j++) {
                likes[u][drawUnliked(likes[u], weights, random)] = true;
            }
            seen[u] = new int[8];
        }
    }

    /** Builds an audience with given interests (for tests). */
    Audience(boolean[][] interests) {
        this.users = interests.length;
        this.genres = interests.length == 0 ? 0 : interests[0].length;
        this.likes = new boolean[users][];
        this.interestCount = new int[users];
        this.seen = new int[users][];
        this.seenCount = new int[users];
        for (int u = 0; u < users; u++) {
            likes[u] = interests[u].clone();
            for (boolean b : likes[u]) {
                interestCount[u] += b ? 1 : 0;
            }
            seen[u] = new int[8];
        }
    }

    private static int drawUnliked(boolean[] liked, double[] weights, SplittableRandom random) {
        double total = 0;
        for (int g = 0; g < weights.length; g++) {
            total += liked[g] ? 0 : weights[g];
        }
        double x = random.nextDouble() * total;
        int last = -1;
        for (int g = 0; g < weights.length; g++) {
            if (liked[g]) {
                continue;
            }
            last = g;
            x -= weights[g];
            if (x < 0) {
                return g;
            }
        }
        return last;
    }

    int users() {
        return users;
    }

    int genres() {
        return genres;
    }

    boolean likes(int user, int genre) {
        return likes[user][genre];
    }

    int interests(int user) {
        return interestCount[user];
    }

    /** Users interested in each genre. */
    int[] interestedPerGenre() {
        int[] count = new int[genres];
        for (int u = 0; u < users; u++) {
            for (int g = 0; g < genres; g++) {
                count[g] += likes[u][g] ? 1 : 0;
            }
        }
        return count;
    }

    /** The chance that {@code user} watches an item of this genre and quality. */
    static double watchChance(boolean liked, double quality, double interestWatch, double otherWatch) {
        return quality * (liked ? interestWatch : otherWatch);
    }

    void markSeen(int user, int item) {
        if (seenCount[user] == seen[user].length) {
            seen[user] = Arrays.copyOf(seen[user], seen[user].length * 2);
        }
        seen[user][seenCount[user]++] = item;
    }

    /** Forgets items older than {@code firstInWindow}: they can never be candidates again. */
    void prune(int user, int firstInWindow) {
        int[] s = seen[user];
        int kept = 0;
        for (int i = 0; i < seenCount[user]; i++) {
            if (s[i] >= firstInWindow) {
                s[kept++] = s[i];
            }
        }
        seenCount[user] = kept;
    }

    /** Sets {@code mark[item − offset]} for each item of the window the user has been shown. */
    void markSeenInWindow(int user, int offset, boolean[] mark, boolean value) {
        int[] s = seen[user];
        for (int i = 0; i < seenCount[user]; i++) {
            int at = s[i] - offset;
            if (at >= 0 && at < mark.length) {
                mark[at] = value;
            }
        }
    }

    /** Whether the user has been shown {@code item} (while it is in the window). */
    boolean hasSeen(int user, int item) {
        for (int i = 0; i < seenCount[user]; i++) {
            if (seen[user][i] == item) {
                return true;
            }
        }
        return false;
    }
}
