package org.feedbackstudio.negotiation;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.feedbackstudio.negotiation.Scripted.accept;
import static org.feedbackstudio.negotiation.Scripted.offer;
import static org.feedbackstudio.negotiation.Scripted.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moderators on scripted dialogues, including the awkward ones. */
class ModeratorTest {
    private final GameRules rules = GameRules.paper();
    private final TextModerator text = new TextModerator();

    /** A dialogue after the scripted opening with these lines, seller first. */
    private Dialogue dialogue(String... lines) {
        Dialogue d = new Dialogue(rules);
        for (String line : lines) {
            d.append(say(line));
        }
        return d;
    }

    @Test
    void anOpenOfferIsNoDeal() {
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("I can do $18 for it.")));
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("I can do $18 for it.", "How about $13?")));
    }

    @Test
    void acceptanceWithTheNumberTakesThatNumber() {
        assertEquals(Verdict.dealAt(1650), text.judge(dialogue("How about $16.50?", "Deal at $16.50.")));
        assertEquals(Verdict.dealAt(1600), text.judge(dialogue("The lowest I can go is $16.",
                "Alright, I'll take it for $16. Thank you!")));
    }

    @Test
    void acceptanceWithoutANumberTakesTheLastPriceSaid() {
        assertEquals(Verdict.dealAt(1750), text.judge(dialogue("I can meet you halfway at $17.50.", "Deal!")));
        assertEquals(Verdict.dealAt(1750), text.judge(dialogue("I can meet you halfway at $17.5.", "Agreed.")));
    }

    @Test
    void withTwoNumbersTheLastOneCounts() {
        assertEquals(Verdict.dealAt(1600), text.judge(dialogue("My price was $18, but for you $16.",
                "You asked $18 and I offered $14; I'll take it at $16.")));
    }

    @Test
    void thanksAfterAnAgreementKeepTheDeal() {
        // the paper's own example: "That sounds good. Sold for $17!" / "Great! Thank you, I appreciate it."
        assertEquals(Verdict.dealAt(1700), text.judge(dialogue("That sounds good. Sold for $17!",
                "Great! Thank you, I appreciate it.")));
    }

    @Test
    void negatedOrQuestionedAgreementIsNoDeal() {
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("I can do $18 for it.", "I can't accept $18.")));
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("I can do $18 for it.", "No deal at that price.")));
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("I can do $18 for it.", "Deal at $15?")));
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("$18 is already an ideal price.")));
    }

    @Test
    void aCounterAfterThanksReopensTheNegotiation() {
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("Sold for $17!", "Thanks, but could you do $16 instead?")));
    }

    @Test
    void talkWithoutPricesIsPassedOver() {
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("It is a lovely balloon.", "It really is.")));
        // more than four lines back, an agreement is out of the moderator's sight
        assertEquals(Verdict.NO_DEAL, text.judge(dialogue("Deal at $15.", "Lovely.", "Indeed.", "Nice day.",
                "Quite.")));
        assertEquals(Verdict.dealAt(1500), text.judge(dialogue("Deal at $15.", "Lovely.", "Indeed.", "Nice day.")));
    }

    @Test
    void boundaryPricesAreReadAsSaidAndRefusedByTheGame() {
        assertEquals(Verdict.dealAt(1000), text.judge(dialogue("Fine, deal at $10.")));
        assertEquals(Verdict.dealAt(2000), text.judge(dialogue("My price stays at $20.", "Alright, I'll take it for $20.")));
        Game game = new Game(rules, text);
        GameResult atTen = game.play(Scripted.seller(say("Fine, deal at $10.")), Scripted.buyer());
        assertEquals(GameResult.Outcome.OUT_OF_BOUNDS, atTen.outcome());
        GameResult atTwenty = game.play(Scripted.seller(say("My price stays at $20.")),
                Scripted.buyer(say("Deal, $20 it is.")));
        assertEquals(GameResult.Outcome.OUT_OF_BOUNDS, atTwenty.outcome());
        assertEquals(2000, atTwenty.priceCents());
    }

    @Test
    void agreementWithoutANewPriceTakesTheLastDollarAmountSaid() {
        // like the paper, the price is the last dollar amount of the newest utterance that names one
        assertEquals(Verdict.dealAt(1000), text.judge(dialogue("Deal!")));
        Dialogue d = new Dialogue(new GameRules(2000, 1000, 800, 5, "balloon"));
        for (String line : new String[]{"Hello.", "Hi.", "Nice weather.", "Yes.", "Deal!"}) {
            d.append(say(line));
        }
        // the last "$" is the buyer's scripted $10, the price of the latest utterance naming one
        assertEquals(Verdict.dealAt(1000), text.judge(d));
    }

    @Test
    void amountsAreReadToTheCent() {
        assertEquals(1750, TextModerator.lastAmountCents("I can do $17.50."));
        assertEquals(1750, TextModerator.lastAmountCents("I can do $17.5."));
        assertEquals(1700, TextModerator.lastAmountCents("Sold for $17!"));
        assertEquals(1234, TextModerator.lastAmountCents("$5 or $12.34"));
        assertEquals(-1, TextModerator.lastAmountCents("seventeen dollars"));
        assertEquals(-1, TextModerator.lastAmountCents("a $ sign alone"));
    }

    @Test
    void theMoveModeratorReadsAcceptances() {
        MoveModerator moves = new MoveModerator();
        Dialogue d = new Dialogue(rules);
        d.append(offer(18));
        assertEquals(Verdict.NO_DEAL, moves.judge(d));
        d.append(accept(18));
        assertEquals(Verdict.dealAt(1800), moves.judge(d));
        Dialogue talk = dialogue("Deal at $15.");
        assertFalse(moves.judge(talk).deal(), "free text is beyond the move moderator");
    }

    @Test
    void everyRenderedLineReadsAsTheMoveItShows() {
        GameRules r = new GameRules(2000, 1000, 800, 12, "balloon");
        for (int k = 1; k <= r.turnLimit(); k++) {
            for (boolean repeat : new boolean[]{false, true}) {
                Dialogue d = new Dialogue(r);
                for (int j = 1; j < k; j++) {
                    d.append(offer(18));
                    d.append(offer(12));
                }
                d.append(offer(repeat && k > 1 ? 18 : 17.25));
                assertEquals(TextModerator.Reading.OFFER, TextModerator.read(d.text(d.size() - 1)), d.text(d.size() - 1));
                assertEquals(d.cents(d.size() - 1), TextModerator.lastAmountCents(d.text(d.size() - 1)));
                d.append(offer(repeat && k > 1 ? 12 : 13.75));
                assertEquals(TextModerator.Reading.OFFER, TextModerator.read(d.text(d.size() - 1)), d.text(d.size() - 1));
                assertEquals(d.cents(d.size() - 1), TextModerator.lastAmountCents(d.text(d.size() - 1)));
            }
            for (Side closer : Side.values()) {
                Dialogue d = new Dialogue(r);
                for (int j = 1; j < k; j++) {
                    d.append(offer(18));
                    d.append(offer(12));
                }
                if (closer == Side.BUYER) {
                    d.append(offer(16.40));
                }
                d.append(accept(closer == Side.BUYER ? 16.40 : 12));
                String line = d.text(d.size() - 1);
                assertEquals(TextModerator.Reading.AGREEMENT, TextModerator.read(line), line);
                assertEquals(d.cents(d.size() - 1), TextModerator.lastAmountCents(line), line);
            }
        }
    }

    @Test
    void bothModeratorsAgreeOnEveryBuiltInGame() {
        SplittableRandom random = new SplittableRandom(11);
        Game byMoves = new Game(rules, new MoveModerator());
        Game byText = new Game(rules, new TextModerator());
        RivalDistribution wide = new RivalDistribution(0, 12, 0.1, 10, 0.5, 0);
        int deals = 0;
        for (int i = 0; i < 3000; i++) {
            Tactic s = wide.draw(Side.SELLER, rules, random).withTitForTat(random.nextDouble());
            Tactic b = wide.draw(Side.BUYER, rules, random).withTitForTat(random.nextDouble());
            GameResult a = byMoves.play(new TacticNegotiator(Side.SELLER, s), new TacticNegotiator(Side.BUYER, b));
            GameResult t = byText.play(new TacticNegotiator(Side.SELLER, s), new TacticNegotiator(Side.BUYER, b));
            assertEquals(a, t, "seller " + s + ", buyer " + b + ": " + byText.dialogue().transcript());
            deals += a.isDeal() ? 1 : 0;
        }
        assertTrue(deals > 1000 && deals < 3000, "the sample should hold deals and failures: " + deals);
    }
}
