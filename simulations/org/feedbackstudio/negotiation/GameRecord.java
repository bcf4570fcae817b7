package org.feedbackstudio.negotiation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable record of one game for the transcript view: the dialogue, both sides' offer sequences
 * (the concession curves), the tactics that produced them and the feedback the improving player
 * carried into the game.
 *
 * @param round         the round of improvement, 1-based
 * @param chain         the improvement chain (the game's index within round 1), 0-based
 * @param cohort        0, or 1 for the second cohort
 * @param improvingSide the side that gets feedback
 * @param outcome       how the game ended
 * @param price         the agreed price in dollars (also when out of bounds); NaN when nobody agreed
 * @param turns         the exchange in which the game ended
 * @param closer        who said yes, or null
 * @param lines         the dialogue
 * @param sellerOffers  the seller's offers in dollars, the scripted ask first (one per exchange until it accepted)
 * @param buyerOffers   the buyer's offers in dollars, the scripted counter-offer first
 * @param improver      the improving player's tactic in this game
 * @param rival         the rival's tactic in this game (its type with this game's walk-away price)
 * @param feedbackIn    the critic's feedback carried into this game, or null in round 1 or without a critic
 * @param checks        each time a model moderator judged, beside the built-in moderator's verdict (empty
 *                      without a model moderator); the last one is the verdict that ended the game
 * @param fallback      why a model role gave no readable answer, or "" (see {@link GameResult.Outcome#NO_ANSWER})
 */
public record GameRecord(int round, int chain, int cohort, Side improvingSide, GameResult.Outcome outcome,
                         double price, int turns, Side closer, List<Utterance> lines, List<Double> sellerOffers,
                         List<Double> buyerOffers, Tactic improver, Tactic rival, Feedback feedbackIn,
                         List<ModeratorCheck> checks, String fallback) {

    public GameRecord {
        lines = List.copyOf(lines);
        sellerOffers = List.copyOf(sellerOffers);
        buyerOffers = List.copyOf(buyerOffers);
        checks = List.copyOf(checks);
        fallback = fallback == null ? "" : fallback;
    }

    /** A game of built-in roles. */
    public GameRecord(int round, int chain, int cohort, Side improvingSide, GameResult.Outcome outcome,
                      double price, int turns, Side closer, List<Utterance> lines, List<Double> sellerOffers,
                      List<Double> buyerOffers, Tactic improver, Tactic rival, Feedback feedbackIn) {
        this(round, chain, cohort, improvingSide, outcome, price, turns, closer, lines, sellerOffers, buyerOffers,
                improver, rival, feedbackIn, List.of(), "");
    }

    /** How many of the moderator checks the model and the built-in moderator disagreed on. */
    public int disagreements() {
        return (int) checks.stream().filter(c -> !c.agrees()).count();
    }

    static GameRecord of(int round, Chain chain, GameResult result, Dialogue dialogue, Tactic rival,
                         Feedback feedbackIn) {
        return of(round, chain, result, dialogue, rival, feedbackIn, List.of(), "");
    }

    static GameRecord of(int round, Chain chain, GameResult result, Dialogue dialogue, Tactic rival,
                         Feedback feedbackIn, List<ModeratorCheck> checks, String fallback) {
        List<Utterance> lines = new ArrayList<>(dialogue.size());
        for (int i = 0; i < dialogue.size(); i++) {
            String kind = dialogue.isOffer(i) ? "offer" : dialogue.isAccept(i) ? "accept" : "say";
            int cents = dialogue.cents(i);
            lines.add(new Utterance(i, Dialogue.exchangeOf(i), dialogue.speaker(i), kind, dialogue.text(i),
                    cents < 0 ? Double.NaN : Money.dollars(cents)));
        }
        return new GameRecord(round, chain.index(), chain.cohort(), chain.side(), result.outcome(),
                result.priceCents() < 0 ? Double.NaN : Money.dollars(result.priceCents()), result.turns(),
                result.closer(), lines, dollars(dialogue.offersOf(Side.SELLER)), dollars(dialogue.offersOf(Side.BUYER)),
                chain.tactic(), rival, feedbackIn, checks, fallback);
    }

    public boolean isDeal() {
        return outcome == GameResult.Outcome.DEAL;
    }

    /** One line for the event log. */
    public String summary() {
        String head = "Round " + round + ", game " + (chain + 1) + ": ";
        return switch (outcome) {
            case DEAL -> head + "deal at " + Money.format(Money.cents(price)) + " in exchange " + turns;
            case OUT_OF_BOUNDS -> head + "agreed at " + Money.format(Money.cents(price))
                    + ", outside the valid range, so no deal";
            case TURN_LIMIT -> head + "no deal within " + turns + " exchanges";
            case NO_ANSWER -> head + "no deal: " + (fallback.isEmpty() ? "a model gave no readable answer" : fallback);
        };
    }

    /** The dialogue as "seller: …" lines. */
    public List<String> transcript() {
        List<String> out = new ArrayList<>(lines.size());
        lines.forEach(u -> out.add(u.speaker().id() + ": " + u.text()));
        return out;
    }

    /** JSON-able fields for a "transcript" event. */
    public Map<String, Object> eventData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("round", round);
        data.put("game", chain);
        data.put("cohort", cohort);
        data.put("improvingSide", improvingSide.id());
        data.put("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
        if (!Double.isNaN(price)) {
            data.put("price", price);
        }
        data.put("turns", turns);
        List<Map<String, Object>> said = new ArrayList<>();
        for (Utterance u : lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("speaker", u.speaker().id());
            line.put("text", u.text());
            said.add(line);
        }
        data.put("lines", said);
        data.put("sellerOffers", sellerOffers);
        data.put("buyerOffers", buyerOffers);
        if (improver != null) {
            data.put("improver", tacticData(improver));
        }
        if (rival != null) {
            data.put("rival", tacticData(rival));
        }
        if (feedbackIn != null) {
            data.put("feedbackIn", feedbackIn.sentences());
        }
        if (!checks.isEmpty()) {
            List<Map<String, Object>> judged = new ArrayList<>();
            for (ModeratorCheck c : checks) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("utterance", c.utterance());
                m.put("model", ModeratorCheck.words(c.model()));
                m.put("builtIn", ModeratorCheck.words(c.builtIn()));
                m.put("agree", c.agrees());
                m.put("reply", c.reply());
                judged.add(m);
            }
            data.put("moderator", judged);
        }
        if (!fallback.isEmpty()) {
            data.put("fallback", fallback);
        }
        return data;
    }

    static Map<String, Object> tacticData(Tactic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opening", Money.dollars(t.openingCents()));
        m.put("walkAway", Money.dollars(t.reservationCents()));
        m.put("exponent", t.exponent());
        m.put("titForTat", t.titForTat());
        return m;
    }

    private static List<Double> dollars(List<Integer> cents) {
        List<Double> out = new ArrayList<>(cents.size());
        cents.forEach(c -> out.add(Money.dollars(c)));
        return out;
    }
}
