package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.Reading;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The price-reading rule on the utterances that make it tricky, and the readers of model answers built on it. */
class PriceReadingTest {

    @Test
    void theTrickyUtterances() {
        assertEquals(1550, PriceReading.cents("$15.50"));
        assertEquals(1550, PriceReading.cents("How about $15.50?"));
        assertEquals(1500, PriceReading.cents("15 dollars"));
        assertEquals(1500, PriceReading.cents("I could do it for 15 dollars."));
        assertEquals(1600, PriceReading.cents("I can't go below 16"));
        assertEquals(1600, PriceReading.cents("I can't go below 16."));
        assertEquals(1800, PriceReading.cents("from $20 down to $18"), "the last marked amount, as the paper reads");
        assertEquals(-1, PriceReading.cents("no price at all"));
        assertEquals(-1, PriceReading.cents("Deal! Thank you."));
    }

    @Test
    void markedAmountsWinOverBareNumbers() {
        assertEquals(1700, PriceReading.cents("I have 2 kids, so $17 is my limit"));
        assertEquals(1700, PriceReading.cents("$17 for 1 balloon"), "a bare number after a marked one does not count");
        assertEquals(1200, PriceReading.cents("I'll give you 12 bucks"));
        assertEquals(1250, PriceReading.cents("12.50 USD, final"));
        assertEquals(1500, PriceReading.cents("$ 15, take it or leave it"));
        assertEquals(120000, PriceReading.cents("$1,200"));
        assertEquals(1750, PriceReading.cents("$17.5"));
    }

    @Test
    void bareNumbersThatAreNotPrices() {
        assertEquals(-1, PriceReading.cents("I'll give you a 10% discount"));
        assertEquals(-1, PriceReading.cents("a 10 percent discount"));
        assertEquals(-1, PriceReading.cents("It's my 2nd balloon today"));
        assertEquals(-1, PriceReading.cents("Meet me at 5:30"));
        assertEquals(-1, PriceReading.cents("It plays mp3 files"));
        assertEquals(1400, PriceReading.cents("Meet me at 5:30 and pay 14"));
    }

    @Test
    void aNegotiatorsAnswerMustNameAPriceOrAcceptInWords() {
        var seller = NegotiationAnswers.utterance(Side.SELLER);
        var read = (Reading.Read<Move.Say>) seller.read("Seller: I can't go below 16.");
        assertEquals("I can't go below 16.", read.value().text(), "the speaker's label comes off");
        assertEquals(1600, read.value().cents());
        var deal = (Reading.Read<Move.Say>) seller.read("Deal! Enjoy your balloon.");
        assertEquals(-1, deal.value().cents());
        assertInstanceOf(Reading.Unreadable.class, seller.read("Let me think about it."));
        assertInstanceOf(Reading.Unreadable.class, seller.read("   "));
        var cut = (Reading.Read<Move.Say>) seller.read("How about $17?\nBuyer: No, $12.\nSeller: $16 then.");
        assertEquals("How about $17?", cut.value().text(), "the model's lines for its opponent are cut off");
        assertEquals(1700, cut.value().cents());
    }

    @Test
    void aModeratorsVerdictAndItsPrice() {
        var reader = NegotiationAnswers.verdict(1500);
        assertEquals(Verdict.dealAt(1650), ((Reading.Read<Verdict>) reader.read("Both agreed. Deal: yes, price $16.50")).value());
        assertEquals(Verdict.NO_DEAL, ((Reading.Read<Verdict>) reader.read("Because the buyer did not confirm. Deal: no")).value());
        assertEquals(Verdict.dealAt(1500), ((Reading.Read<Verdict>) reader.read("The answer is Yes")).value(),
                "a yes with no price takes the dialogue's last price");
        assertEquals(Verdict.NO_DEAL, ((Reading.Read<Verdict>) reader.read("**Deal:** No.")).value());
        assertInstanceOf(Reading.Unreadable.class, reader.read("Hard to say."));
        assertInstanceOf(Reading.Unreadable.class, NegotiationAnswers.verdict(-1).read("Deal: yes"));
    }

    @Test
    void aCriticsSuggestions() {
        var read = (Reading.Read<List<String>>) NegotiationAnswers.SUGGESTIONS.read(
                "Here are three suggestions:\n1. **Open high** and explain why.\n2) Concede slowly,\n   only when the buyer moves.\n- Stress the quality.");
        assertEquals(List.of("Open high and explain why.", "Concede slowly, only when the buyer moves.",
                "Stress the quality."), read.value());
        assertInstanceOf(Reading.Unreadable.class, NegotiationAnswers.SUGGESTIONS.read("Fine."));
        assertTrue(NegotiationAnswers.SUGGESTIONS.read("Be patient with the buyer.") instanceof Reading.Read);
        assertFalse(NegotiationAnswers.SUGGESTIONS.read("") instanceof Reading.Read);
    }
}
