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

    /**
     * A free-text utterance whose meaning the moderator must read.
     *
     * @param text  the words
     * @param cents the price the words name ({@link PriceReading}), or −1 when they name none
     */
    record Say(String text, int cents) implements Move {
        public Say {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("an utterance needs text");
            }
            if (cents < -1) {
                throw new IllegalArgumentException("a price is at least 0 cents, or −1 for none");
            }
        }

        /** Words whose price, if any, the dialogue does not know. */
        public Say(String text) {
            this(text, -1);
        }
    }
}
