package org.feedbackstudio.creators;

/**
 * One decision of a creator with the beliefs it was taken on, kept for the creator's history.
 *
 * @param round    the round
 * @param decision what it decided
 * @param beliefs  what it believed at that moment (arrays never modified after the decision)
 * @param item     the id of the item it made
 * @param quality  that item's quality, 0 to 1
 */
public record DecisionPoint(int round, Decision decision, Beliefs beliefs, int item, double quality) {
}
