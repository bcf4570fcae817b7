package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterSpace;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Buyer–seller negotiation with a critic's feedback (Fu, Peng, Khot &amp; Lapata 2023): one side improves
 * from a critic's suggestions, game after game, against a fixed rival, and the price it gets rises
 * while the deals it breaks add up.
 */
public final class NegotiationSimulator implements Simulator {
    /** The title of the chart of mean deal price and deal rate per round, which the studio's games view embeds. */
    public static final String PRICE_CHART = "Mean deal price and deal rate";

    private static final String GAME = "Game";
    private static final String PLAYER = "Improving player";
    private static final String CRITIC = "Critic";
    private static final String RIVAL = "Rival";

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            Parameter.real("askPrice", 20, 0.02, 10_000, 0.5).withUnit("$").inGroup(GAME)
                    .withHelp("The seller's scripted opening price; a deal must be strictly below it"),
            Parameter.real("counterPrice", 10, 0, 10_000, 0.5).withUnit("$").inGroup(GAME)
                    .withHelp("The buyer's scripted counter-offer; a deal must be strictly above it"),
            Parameter.real("sellerCost", 8, 0, 10_000, 0.5).withUnit("$").inGroup(GAME)
                    .withHelp("What the item cost the seller: no seller sells below it; the seller's surplus is price minus cost"),
            Parameter.integer("turnLimit", 10, 1, 50).withUnit("exchanges").inGroup(GAME)
                    .withHelp("Seller-then-buyer exchanges after the scripted opening before the game ends without a deal"),
            Parameter.choice("improvingSide", "seller", "seller", "buyer").inGroup(GAME)
                    .withHelp("The side that gets the critic's feedback; the other side is a fixed rival, reset every game"),
            Parameter.integer("rounds", 5, 1, 50).withUnit("rounds").inGroup(GAME)
                    .withHelp("Rounds of improvement: each chain plays one game per round until its first failed deal"),
            Parameter.integer("gamesPerRound", 200, 1, 100_000).withUnit("games").inGroup(GAME).onLogScale()
                    .withHelp("Games in round 1, each the start of an improvement chain; the deal rate is counted against it"),
            Parameter.choice("moderator", "moves", "moves", "text").inGroup(GAME)
                    .withHelp("moves: read each move (fast); text: read the last 4 lines of dialogue as the paper's moderator does"),
            Parameter.real("openingStep", 2, 0, 10_000, 0.25).withUnit("$").inGroup(PLAYER)
                    .withHelp("How far the improving player's first counter-offer moves from its scripted opening, before feedback"),
            Parameter.real("walkAwayRoom", 7, 0, 10_000, 0.25).withUnit("$").inGroup(PLAYER)
                    .withHelp("How far from its scripted opening the improving player will go before feedback (its walk-away price)"),
            Parameter.real("concessionExponent", 0.7, Tactic.MIN_EXPONENT, Tactic.MAX_EXPONENT, 0.05).inGroup(PLAYER)
                    .onLogScale()
                    .withHelp("Starting concession exponent e: below 1 Boulware (holds firm, concedes late), above 1 Conceder"),
            Parameter.real("titForTat", 0, 0, 1, 0.05).inGroup(PLAYER)
                    .withHelp("Share of each offer that mirrors the rival's last concession instead of following the clock"),
            Parameter.real("goalWeight", 0.5, 0, 1, 0.05).inGroup(PLAYER)
                    .withHelp("How far the player moves its walk-away price towards the carry-over goal 'beat the last price' (1 = literally)"),
            Parameter.real("contrastExponent", 0, 0, Tactic.MAX_EXPONENT, 0.05).inGroup(PLAYER)
                    .withHelp("0 = off; otherwise every second chain starts with this exponent and both cohorts are reported"),
            Parameter.choice("critic", "built-in", "built-in", "none").inGroup(CRITIC)
                    .withHelp("built-in: suggestions that change the tactic after every deal; none: no feedback (a baseline)"),
            Parameter.real("criticStep", 0.5, 0, 1, 0.05).inGroup(CRITIC)
                    .withHelp("Fraction of the way each suggestion moves a parameter towards the bolder end (less after late deals)"),
            Parameter.bool("exponentLocked", false).inGroup(CRITIC)
                    .withHelp("Keep the concession exponent fixed: the critic changes only the opening and the walk-away price"),
            Parameter.real("rivalRoomLow", 4, 0, 10_000, 0.25).withUnit("$").inGroup(RIVAL)
                    .withHelp("Least room a rival has: how far from its scripted opening it will go (drawn uniformly per chain)"),
            Parameter.real("rivalRoomHigh", 11, 0, 10_000, 0.25).withUnit("$").inGroup(RIVAL)
                    .withHelp("Most room a rival has; a buyer with room $11 after offering $10 pays up to $21"),
            Parameter.real("rivalExponentLow", 0.5, Tactic.MIN_EXPONENT, Tactic.MAX_EXPONENT, 0.05).inGroup(RIVAL)
                    .onLogScale()
                    .withHelp("Least concession exponent of a rival (log-uniform per chain)"),
            Parameter.real("rivalExponentHigh", 2, Tactic.MIN_EXPONENT, Tactic.MAX_EXPONENT, 0.05).inGroup(RIVAL)
                    .onLogScale()
                    .withHelp("Most concession exponent of a rival (log-uniform per chain)"),
            Parameter.real("rivalTitForTat", 0.3, 0, 1, 0.05).inGroup(RIVAL)
                    .withHelp("Share of each rival offer that mirrors the improving player's last concession"),
            Parameter.real("rivalJitter", 2, 0, 10_000, 0.1).withUnit("$").inGroup(RIVAL)
                    .withHelp("Game-to-game wobble of the rival's walk-away price, uniform within plus or minus this"));

    @Override
    public String id() {
        return "negotiation";
    }

    @Override
    public String title() {
        return "Negotiation with a critic";
    }

    @Override
    public String summary() {
        return "A seller and a buyer haggle over a balloon; a critic coaches one side between games, and its"
                + " price improves while more deals break.";
    }

    @Override
    public String tickName() {
        return "round";
    }

    @Override
    public String workUnit() {
        return "games";
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public void check(ParameterValues v) throws ScenarioException {
        double ask = v.getDouble("askPrice");
        double counter = v.getDouble("counterPrice");
        if (Money.cents(ask) - Money.cents(counter) < 2) {
            throw problem("counterPrice", "must be at least $0.02 below askPrice (" + trim(ask)
                    + ") so that a deal strictly between them is possible");
        }
        if (Money.cents(v.getDouble("sellerCost")) >= Money.cents(ask)) {
            throw problem("sellerCost", "must be below askPrice (" + trim(ask) + "), or no sale can pay");
        }
        double step = v.getDouble("openingStep");
        if (Money.cents(step) >= Money.cents(ask) - Money.cents(counter)) {
            throw problem("openingStep", "must be smaller than askPrice − counterPrice (" + trim(ask - counter)
                    + ") so the first counter-offer lies between the opening prices");
        }
        if (step > v.getDouble("walkAwayRoom")) {
            throw problem("openingStep", "must not exceed walkAwayRoom (" + trim(v.getDouble("walkAwayRoom"))
                    + "): the first counter-offer cannot lie beyond the walk-away price");
        }
        double contrast = v.getDouble("contrastExponent");
        if (contrast != 0 && contrast < Tactic.MIN_EXPONENT) {
            throw problem("contrastExponent", "must be 0 (off) or at least " + Tactic.MIN_EXPONENT);
        }
        if (v.getDouble("rivalRoomLow") > v.getDouble("rivalRoomHigh")) {
            throw problem("rivalRoomLow", "must not exceed rivalRoomHigh (" + trim(v.getDouble("rivalRoomHigh")) + ")");
        }
        if (v.getDouble("rivalExponentLow") > v.getDouble("rivalExponentHigh")) {
            throw problem("rivalExponentLow", "must not exceed rivalExponentHigh ("
                    + trim(v.getDouble("rivalExponentHigh")) + ")");
        }
    }

    private static ScenarioException problem(String parameter, String what) {
        return new ScenarioException(null, "parameters." + parameter, what);
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        return metricsFor(NegotiationConfig.from(values));
    }

    static List<MetricSpec> metricsFor(NegotiationConfig config) {
        String side = config.improvingSide().word();
        List<MetricSpec> m = new ArrayList<>(List.of(
                MetricSpec.perTick("price", "mean deal price", "$"),
                MetricSpec.perTick("dealRate", "deal rate (chains alive / games)", ""),
                MetricSpec.perTick("gameDealRate", "deals / games played this round", ""),
                MetricSpec.perTick("turns", "mean exchanges to a deal", "exchanges"),
                MetricSpec.perTick("surplus", side + "'s surplus per game", "$"),
                MetricSpec.perTick("opening", side + "'s first counter-offer", "$"),
                MetricSpec.perTick("walkAway", side + "'s walk-away price", "$"),
                MetricSpec.perTick("exponent", side + "'s concession exponent (geometric mean)", "")));
        if (config.hasCohorts()) {
            for (int c = 0; c < 2; c++) {
                String name = c == 0 ? "cohortA" : "cohortB";
                String label = Tactic.styleOf(config.startExponent(c)) + " (e = " + trim(config.startExponent(c)) + ")";
                m.add(MetricSpec.perTick(name + ".price", "mean deal price, " + label, "$"));
                m.add(MetricSpec.perTick(name + ".dealRate", "deal rate, " + label, ""));
            }
        }
        return List.copyOf(m);
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        NegotiationConfig config = NegotiationConfig.from(values);
        String side = config.improvingSide().word();
        List<ChartSpec> charts = new ArrayList<>(List.of(
                ChartSpec.overTicks(PRICE_CHART, "round", "price ($)", List.of("price"))
                        .withSecondaryAxis("deal rate", List.of("dealRate", "gameDealRate")),
                ChartSpec.overTicks("The " + side + "'s surplus per game", "round", "$", List.of("surplus")),
                ChartSpec.overTicks("The " + side + "'s tactic", "round", "$", List.of("opening", "walkAway")),
                ChartSpec.overTicks("Concession exponent", "round", "e", List.of("exponent")).withLogY(),
                ChartSpec.overTicks("Exchanges to a deal", "round", "exchanges", List.of("turns"))));
        if (config.hasCohorts()) {
            charts.add(1, ChartSpec.overTicks("Price and deal rate by cohort", "round", "mean deal price ($)",
                    List.of("cohortA.price", "cohortB.price"))
                    .withSecondaryAxis("deal rate", List.of("cohortA.dealRate", "cohortB.dealRate")));
        }
        return List.copyOf(charts);
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) {
        return new NegotiationSimulation(NegotiationConfig.from(scenario.parameters()), scenario.seed(), events);
    }

    /** A number without trailing zeros: 0.5, 20, 1.25. */
    static String trim(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
