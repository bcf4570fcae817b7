package org.feedbackstudio.donor;

import java.util.Objects;

/**
 * An explicit strategy of a built-in agent. A recipient it judges good — or one whose record it cannot
 * see — receives {@code generosity} of the donor's resources; one it judges bad receives nothing, or is
 * punished with {@code punishShare} of the donor's resources when the game allows punishment.
 *
 * <p>A donation counts as cooperative when it is at least {@code threshold} of the giver's resources
 * (a punishment never does). {@link Norm#IMAGE_SCORING} judges the recipient by its last action alone;
 * {@link Norm#STANDING} reads the trace up to {@code depth} entries and forgives a refusal aimed at
 * someone in bad standing; {@link Norm#UNCONDITIONAL} ignores the trace.
 *
 * @param norm        how the trace is read
 * @param generosity  share given to good or unknown recipients, 0 to 1
 * @param threshold   smallest share a donation must have to count as cooperative, 0 to 1
 * @param depth       how many trace entries the agent reads, at least 1 (standing only)
 * @param punishShare share of its resources spent punishing a bad recipient, 0 to 1 (0 = never punish)
 */
public record RuleStrategy(Norm norm, double generosity, double threshold, int depth, double punishShare)
        implements Strategy {

    public RuleStrategy {
        Objects.requireNonNull(norm, "norm");
        requireShare("generosity", generosity);
        requireShare("threshold", threshold);
        requireShare("punishShare", punishShare);
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
    }

    /** Gives {@code share} to everyone, whatever the trace shows. */
    public static RuleStrategy unconditional(double share) {
        return new RuleStrategy(Norm.UNCONDITIONAL, share, 0.0, 1, 0.0);
    }

    @Override
    public String sentence() {
        String give = amount(generosity);
        boolean givesNothing = give.equals("nothing");
        String onBad = punishShare > 0 ? "to spend " + Formats.wholePercent(punishShare)
                + " of my resources punishing " : "to give nothing to ";
        String good = "at least " + Formats.wholePercent(threshold) + " of their resources";
        switch (norm) {
            case UNCONDITIONAL -> {
                return givesNothing ? "My strategy will be to give nothing to anyone, whatever they did before."
                        : "My strategy will be to give " + give + " to every recipient, whatever they did before.";
            }
            case IMAGE_SCORING -> {
                if (givesNothing) {
                    return punishShare > 0 ? "My strategy will be to give nothing to anyone, and " + onBad
                            + "recipients whose last donation was less than " + Formats.wholePercent(threshold)
                            + " of their resources." : "My strategy will be to give nothing to anyone.";
                }
                return "My strategy will be to give " + give + " to recipients whose last donation was " + good
                        + " or whose record I cannot see, and " + onBad + "the others.";
            }
            case STANDING -> {
                String reach = depth == 1 ? "I look only at their last donation"
                        : "I follow the record up to " + depth + " donations back";
                String standing = "a recipient is in good standing if their last donation was " + good
                        + ", or if they gave less only to someone in bad standing (" + reach + ")";
                if (givesNothing) {
                    return punishShare > 0 ? "My strategy will be to give nothing to anyone, and " + onBad
                            + "recipients in bad standing; " + standing + "." : "My strategy will be to give nothing to anyone.";
                }
                return "My strategy will be to give " + give + " to recipients in good standing or whose record I "
                        + "cannot see, and " + onBad + "the others; " + standing + ".";
            }
            default -> throw new AssertionError(norm);
        }
    }

    private static String amount(double share) {
        long percent = Math.round(share * 100.0);
        if (percent == 0) {
            return "nothing";
        }
        if (percent == 100) {
            return "all of my resources";
        }
        return percent + "% of my resources";
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a share from 0 to 1, got " + value);
        }
    }
}
