package org.feedbackstudio.negotiation;

/**
 * One cell of a cross-play table: a model as seller against a model as buyer, over the pairing's games.
 *
 * @param index         0-based, seller-major: the tick the pairing was played in is index + 1
 * @param seller        the seller's model, by its name in the scenario's models
 * @param buyer         the buyer's model
 * @param games         games played
 * @param deals         valid deals
 * @param meanPrice     mean price of the deals, dollars; NaN without deals
 * @param dealRate      deals / games
 * @param meanTurns     mean exchange in which the deals were struck; NaN without deals
 * @param noAnswers     games that ended because a model gave no readable answer
 * @param disagreements times the built-in moderator read the lines differently from the model moderator
 */
public record Pairing(int index, String seller, String buyer, int games, int deals, double meanPrice, double dealRate,
                      double meanTurns, int noAnswers, int disagreements) {

    static Pairing of(int index, String seller, String buyer, RoundSummary s) {
        return new Pairing(index, seller, buyer, s.gamesPlayed(), s.deals(), s.meanPrice(), s.gameDealRate(),
                s.meanTurns(), s.noAnswers(), s.disagreements());
    }
}
