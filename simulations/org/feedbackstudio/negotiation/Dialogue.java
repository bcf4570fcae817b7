package org.feedbackstudio.negotiation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The utterances of one game, in order. The seller speaks at even positions and the buyer at odd
 * ones; positions 0 and 1 are the scripted opening, then exchange k (1…turnLimit) fills positions
 * 2k and 2k + 1.
 *
 * <p>Moves are kept as numbers; the line of dialogue for a move is written only when somebody reads
 * it ({@link #text}), so games nobody looks at cost no string work. One instance is reused game after
 * game by one thread.
 */
public final class Dialogue {
    private static final byte OFFER = 0;
    private static final byte ACCEPT = 1;
    private static final byte SAY = 2;

    private final GameRules rules;
    private final byte[] kinds;
    private final int[] cents;
    private final String[] texts;
    private final int[] lastOffer = new int[2];
    private final int[] previousOffer = new int[2];
    private int size;

    public Dialogue(GameRules rules) {
        this.rules = rules;
        int capacity = 2 + 2 * rules.turnLimit();
        kinds = new byte[capacity];
        cents = new int[capacity];
        texts = new String[capacity];
        reset();
    }

    public GameRules rules() {
        return rules;
    }

    /** Empties the dialogue and writes the scripted opening: the seller's ask and the buyer's counter-offer. */
    public void reset() {
        Arrays.fill(texts, 0, Math.max(size, 2), null);
        size = 0;
        Arrays.fill(lastOffer, -1);
        Arrays.fill(previousOffer, -1);
        appendOffer(rules.askCents());
        appendOffer(rules.counterCents());
    }

    public int size() {
        return size;
    }

    /** Whether the dialogue has room for another utterance (the turn limit is not yet spent). */
    public boolean isFull() {
        return size == kinds.length;
    }

    public Side speaker(int i) {
        check(i);
        return (i & 1) == 0 ? Side.SELLER : Side.BUYER;
    }

    /** The exchange an utterance belongs to: 0 for the scripted opening, then 1…turnLimit. */
    public static int exchangeOf(int i) {
        return i / 2;
    }

    public Side nextSpeaker() {
        return (size & 1) == 0 ? Side.SELLER : Side.BUYER;
    }

    /** The next speaker's own turn index: 0 for its first move after the scripted opening. */
    public int nextOwnTurn() {
        return size / 2 - 1;
    }

    public boolean isOffer(int i) {
        check(i);
        return kinds[i] == OFFER;
    }

    public boolean isAccept(int i) {
        check(i);
        return kinds[i] == ACCEPT;
    }

    /** The price an offer or an acceptance names, or that free text names; −1 when it names none. */
    public int cents(int i) {
        check(i);
        return cents[i];
    }

    public Move move(int i) {
        check(i);
        return switch (kinds[i]) {
            case OFFER -> new Move.Offer(cents[i]);
            case ACCEPT -> new Move.Accept(cents[i]);
            default -> new Move.Say(texts[i], cents[i]);
        };
    }

    /**
     * The side's most recent offer in cents (the scripted opening counts, and so do words that name a price),
     * or −1 if it has made none.
     */
    public int lastOfferCents(Side side) {
        return lastOffer[side.ordinal()];
    }

    /** The side's offer before its most recent one, or −1. */
    public int previousOfferCents(Side side) {
        return previousOffer[side.ordinal()];
    }

    /** Appends the next speaker's move. */
    public void append(Move move) {
        if (isFull()) {
            throw new IllegalStateException("the turn limit of " + rules.turnLimit() + " exchanges is spent");
        }
        if (move instanceof Move.Offer o) {
            appendOffer(o.cents());
            return;
        }
        int i = size;
        if (move instanceof Move.Accept a) {
            kinds[i] = ACCEPT;
            cents[i] = a.cents();
        } else {
            Move.Say say = (Move.Say) move;
            kinds[i] = SAY;
            cents[i] = say.cents();
            texts[i] = say.text();
            if (say.cents() >= 0) {
                int s = i & 1;
                previousOffer[s] = lastOffer[s];
                lastOffer[s] = say.cents();
            }
        }
        size++;
    }

    private void appendOffer(int offerCents) {
        int i = size;
        kinds[i] = OFFER;
        cents[i] = offerCents;
        int s = i & 1;
        previousOffer[s] = lastOffer[s];
        lastOffer[s] = offerCents;
        size++;
    }

    /** The line of dialogue at position i, written on first use. */
    public String text(int i) {
        check(i);
        String t = texts[i];
        if (t == null) {
            t = DialogueRenderer.line(this, i);
            texts[i] = t;
        }
        return t;
    }

    /** Every line as "seller: …" / "buyer: …". */
    public List<String> transcript() {
        List<String> lines = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lines.add(speaker(i).id() + ": " + text(i));
        }
        return lines;
    }

    /**
     * The offers one side made, in order, starting with its scripted opening: its offers and the prices its
     * words named; acceptances are not offers.
     */
    public List<Integer> offersOf(Side side) {
        List<Integer> out = new ArrayList<>();
        for (int i = side.ordinal(); i < size; i += 2) {
            if (kinds[i] == OFFER || (kinds[i] == SAY && cents[i] >= 0)) {
                out.add(cents[i]);
            }
        }
        return out;
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("utterance " + i + " of " + size);
        }
    }
}
