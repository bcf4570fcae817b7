package org.feedbackstudio.creators;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The built-in creators: explicit rules, fast, with no model. A decision counts as exploiting when the
 * creator makes its best-known genre again (the tried genre with the highest audience belief), and as
 * exploring otherwise, whatever the rule that chose it.
 */
final class BuiltInCreators implements CreatorPolicy {
    /** CFD's step: state += this × own per-genre utility. */
    static final double CFD_STEP = 0.1;

    private final CreatorPolicyKind kind;
    private final List<String> genreNames;
    /** Platform-wide share of users interested in each genre (what full information reveals). */
    private final double[] audienceShare;

    BuiltInCreators(CreatorPolicyKind kind, List<String> genreNames, double[] audienceShare) {
        this.kind = kind;
        this.genreNames = List.copyOf(genreNames);
        this.audienceShare = audienceShare.clone();
    }

    CreatorPolicyKind kind() {
        return kind;
    }

    @Override
    public List<Decision> decide(int round, List<Turn> turns) {
        List<Decision> out = new ArrayList<>(turns.size());
        for (Turn t : turns) {
            out.add(decide(t.creator(), t.beliefs(), t.random()));
        }
        return out;
    }

    Decision decide(Creator creator, Beliefs beliefs, SplittableRandom random) {
        return switch (kind) {
            case BOUNDED_RATIONAL -> exploreOrExploit(creator, beliefs, random, false);
            case FULL_INFORMATION -> exploreOrExploit(creator, beliefs, random, true);
            case CFD -> cfd(creator, beliefs);
            case LBR -> lbr(creator, beliefs, random);
            case RANDOM -> named(creator, beliefs, random.nextInt(beliefs.genres()), Double.NaN, "a genre at random");
        };
    }

    /**
     * Slow thinking: exploit the best-known genre with the reward-dependent chance, else explore an untried
     * genre (uniformly; with full information, in proportion to its audience); with every genre tried,
     * exploring makes one of the others than the best.
     */
    private Decision exploreOrExploit(Creator creator, Beliefs beliefs, SplittableRandom random, boolean informed) {
        double p = beliefs.exploitChance();
        double draw = random.nextDouble();
        int best = beliefs.bestKnown();
        if (best >= 0 && draw < p) {
            return named(creator, beliefs, best, p, String.format(java.util.Locale.ROOT,
                    "reward %s, so exploit (chance %.3f) its best genre", beliefs.rewardLevelName(), p));
        }
        int genre;
        if (beliefs.untried() > 0) {
            genre = pickUntried(beliefs, random, informed);
        } else {
            int pick = random.nextInt(beliefs.genres() - 1);
            genre = pick >= best ? pick + 1 : pick;
        }
        return named(creator, beliefs, genre, p, String.format(java.util.Locale.ROOT,
                "reward %s, so explore (exploit chance %.3f)", beliefs.rewardLevelName(), p));
    }

    private int pickUntried(Beliefs beliefs, SplittableRandom random, boolean informed) {
        double total = 0;
        for (int g = 0; g < beliefs.genres(); g++) {
            total += beliefs.tried()[g] ? 0 : informed ? audienceShare[g] : 1;
        }
        double x = random.nextDouble() * total;
        int last = -1;
        for (int g = 0; g < beliefs.genres(); g++) {
            if (beliefs.tried()[g]) {
                continue;
            }
            last = g;
            x -= informed ? audienceShare[g] : 1;
            if (x < 0) {
                return g;
            }
        }
        return last;
    }

    /** CFD: state += 0.1 × own CTR per genre (0 where unknown), normalised to sum 1; make the argmax. */
    private Decision cfd(Creator creator, Beliefs beliefs) {
        double[] x = creator.featureState;
        double sum = 0;
        for (int g = 0; g < x.length; g++) {
            double utility = Double.isNaN(beliefs.audience()[g]) ? 0 : beliefs.audience()[g];
            x[g] += CFD_STEP * utility;
            sum += x[g];
        }
        int top = 0;
        for (int g = 0; g < x.length; g++) {
            x[g] = sum > 0 ? x[g] / sum : 1.0 / x.length;
            if (x[g] > x[top]) {
                top = g;
            }
        }
        return named(creator, beliefs, top, Double.NaN, "the largest share of its genre state");
    }

    /**
     * LBR: a random unit step to another genre. Where the creator already knows that genre's utility it moves
     * only if it is higher than its current genre's; a genre whose utility it does not know yet it tries.
     */
    private Decision lbr(Creator creator, Beliefs beliefs, SplittableRandom random) {
        int current = creator.currentGenre;
        int pick = random.nextInt(beliefs.genres() - 1);
        int step = pick >= current ? pick + 1 : pick;
        double there = beliefs.audience()[step];
        if (Double.isNaN(there)) {
            return named(creator, beliefs, step, Double.NaN, "a step to " + genreNames.get(step) + ", not known yet");
        }
        double here = Double.isNaN(beliefs.audience()[current]) ? -1 : beliefs.audience()[current];
        if (there > here) {
            creator.currentGenre = step;
            return named(creator, beliefs, step, Double.NaN, "a step to " + genreNames.get(step) + " improves");
        }
        return named(creator, beliefs, current, Double.NaN, "a step to " + genreNames.get(step) + " would not improve");
    }

    private Decision named(Creator creator, Beliefs beliefs, int genre, double exploitChance, String why) {
        Mode mode = genre == beliefs.bestKnown() ? Mode.EXPLOIT : Mode.EXPLORE;
        String name = genreNames.get(genre) + " item " + (creator.made[genre] + 1) + " by " + creator.name();
        return new Decision(mode, genre, exploitChance, name, List.of(), "", why);
    }
}
