package org.feedbackstudio.negotiation;

/**
 * One game as the paper runs it: the scripted opening (the seller's ask, the buyer's counter-offer),
 * then up to {@code turnLimit} exchanges, seller first; after every utterance the moderator decides
 * whether there is a deal, and the first "yes" ends the game. The agreed price counts only strictly
 * between the two opening prices. A model-driven player or moderator that gives no readable answer ends the
 * game with no deal ({@link GameResult.Outcome#NO_ANSWER}). Reused game after game by one thread.
 */
public final class Game {
    private final GameRules rules;
    private final Moderator moderator;
    private final Dialogue dialogue;

    public Game(GameRules rules, Moderator moderator) {
        this.rules = rules;
        this.moderator = moderator;
        this.dialogue = new Dialogue(rules);
    }

    public GameRules rules() {
        return rules;
    }

    /** The dialogue of the last game played; overwritten by the next. */
    public Dialogue dialogue() {
        return dialogue;
    }

    public GameResult play(Negotiator seller, Negotiator buyer) {
        if (seller.side() != Side.SELLER || buyer.side() != Side.BUYER) {
            throw new IllegalArgumentException("play(seller, buyer) needs a seller and a buyer, in that order");
        }
        dialogue.reset();
        seller.startGame(rules);
        buyer.startGame(rules);
        while (!dialogue.isFull()) {
            Negotiator speaker = dialogue.nextSpeaker() == Side.SELLER ? seller : buyer;
            Verdict verdict;
            try {
                dialogue.append(speaker.respond(dialogue));
                verdict = moderator.judge(dialogue);
            } catch (NoAnswer e) {
                return new GameResult(GameResult.Outcome.NO_ANSWER, -1, Math.max(1, (dialogue.size() - 1) / 2), null);
            }
            if (verdict.deal()) {
                int turn = Dialogue.exchangeOf(dialogue.size() - 1);
                int price = verdict.priceCents();
                GameResult.Outcome outcome = rules.isValidDeal(price)
                        ? GameResult.Outcome.DEAL : GameResult.Outcome.OUT_OF_BOUNDS;
                return new GameResult(outcome, price, turn, speaker.side());
            }
        }
        return new GameResult(GameResult.Outcome.TURN_LIMIT, -1, rules.turnLimit(), null);
    }
}
