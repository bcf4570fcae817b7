package org.feedbackstudio.negotiation;

/**
 * What a negotiator does on its turn. Built-in negotiators make offers and accept; a model-driven
 * negotiator would answer in free text ({@link Say}), which only a text-reading moderator understands.
 */
public sealed interface Move permits Move.Offer, Move.Accept, Move.Say {

    /** Proposes a price. */
    record Offer(int cents) implements Move {
    }

    /** Accepts the opponent's standing offer, which was this price. */
    record Accept(int cents) implements Move {
    }

    /** A free-text utterance whose meaning the moderator must read. */
    record Say(String text) implements Move {
        public Say {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an utterance needs text");
            }
        }
    }
}
