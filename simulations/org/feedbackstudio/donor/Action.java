package org.feedbackstudio.donor;

/** What a donor did in an encounter. */
public enum Action {
    /** Gave a share of its resources; the recipient gained multiplier × the units given. */
    DONATE,
    /** Spent a share of its resources; the recipient lost punishment multiplier × the units spent, down to 0. */
    PUNISH
}
