package org.feedbackstudio.negotiation;

/**
 * Writes a built-in negotiator's move as a line of dialogue in the manner of the paper's transcripts.
 * The wording is varied by exchange number only, so the same game always reads the same. Every offer
 * line names exactly one price and no word of agreement; every acceptance names the agreed price and a
 * word of agreement; so a moderator that reads the text finds what the moves say.
 */
final class DialogueRenderer {
    private DialogueRenderer() {
    }

    static String line(Dialogue dialogue, int i) {
        GameRules rules = dialogue.rules();
        Side speaker = dialogue.speaker(i);
        int k = Dialogue.exchangeOf(i);
        int cents = dialogue.cents(i);
        StringBuilder sb = new StringBuilder(64);
        if (k == 0) {
            if (speaker == Side.SELLER) {
                sb.append("Hi, this is a good ").append(rules.item()).append(" and its price is ");
                Money.appendTo(sb, cents);
                return sb.append('.').toString();
            }
            sb.append("Would you consider selling it for ");
            Money.appendTo(sb, cents);
            return sb.append('?').toString();
        }
        if (dialogue.isAccept(i)) {
            return acceptance(sb, speaker, k, cents);
        }
        boolean repeated = dialogue.cents(i - 2) == cents && dialogue.isOffer(i - 2);
        return speaker == Side.SELLER
                ? sellerOffer(sb, rules, k, cents, repeated)
                : buyerOffer(sb, rules, k, cents, repeated);
    }

    private static String acceptance(StringBuilder sb, Side speaker, int k, int cents) {
        switch (k % 3) {
            case 1 -> sb.append("Deal at ");
            case 2 -> sb.append(speaker == Side.SELLER ? "You've got a deal at " : "Alright, I'll take it for ");
            default -> sb.append(speaker == Side.SELLER ? "Sold for " : "It's a deal: ");
        }
        Money.appendTo(sb, cents);
        return sb.append(speaker == Side.SELLER && k % 3 == 0 ? "!" : ".").toString();
    }

    private static String sellerOffer(StringBuilder sb, GameRules rules, int k, int cents, boolean repeated) {
        if (k == rules.turnLimit()) {
            sb.append("My final price is ");
            Money.appendTo(sb, cents);
            return sb.append('.').toString();
        }
        if (repeated) {
            sb.append("My price stays at ");
            Money.appendTo(sb, cents);
            return sb.append('.').toString();
        }
        switch (k % 4) {
            case 1 -> {
                sb.append("I can do ");
                Money.appendTo(sb, cents);
                sb.append(" for it.");
            }
            case 2 -> {
                sb.append("How about ");
                Money.appendTo(sb, cents);
                sb.append("? It's a really nice ").append(rules.item()).append('.');
            }
            case 3 -> {
                sb.append("I could let it go for ");
                Money.appendTo(sb, cents);
                sb.append('.');
            }
            default -> {
                sb.append("The lowest I can go right now is ");
                Money.appendTo(sb, cents);
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private static String buyerOffer(StringBuilder sb, GameRules rules, int k, int cents, boolean repeated) {
        if (k == rules.turnLimit()) {
            sb.append("My final offer is ");
            Money.appendTo(sb, cents);
            return sb.append('.').toString();
        }
        if (repeated) {
            sb.append("I'm staying at ");
            Money.appendTo(sb, cents);
            return sb.append('.').toString();
        }
        switch (k % 4) {
            case 1 -> sb.append("Could you do ");
            case 2 -> sb.append("I can offer ");
            case 3 -> sb.append("How about ");
            default -> sb.append("Would you take ");
        }
        Money.appendTo(sb, cents);
        return sb.append(k % 4 == 2 ? '.' : '?').toString();
    }
}
