package org.feedbackstudio.negotiation;

/**
 * One line of a recorded game.
 *
 * @param index    position in the dialogue (0 and 1 are the scripted opening)
 * @param exchange 0 for the scripted opening, then 1…turnLimit
 * @param speaker  who spoke
 * @param kind     "offer", "accept" or "say"
 * @param text     the line as the moderator read it
 * @param price    the price the move names, dollars; NaN for free text
 */
public record Utterance(int index, int exchange, Side speaker, String kind, String text, double price) {
}
