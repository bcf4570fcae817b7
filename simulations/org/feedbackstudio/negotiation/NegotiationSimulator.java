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

import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.ModelSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Buyer–seller negotiation with a critic's feedback (Fu, Peng, Khot &amp; Lapata 2023): one side improves
 * from a critic's suggestions, game after game, against a fixed rival, and the price it gets rises
 * while the deals it breaks add up.
 */
public final class NegotiationSimulator implements Simulator {
    /** The title of the chart of mean deal price and deal rate per round, which the studio's games view embeds. */
    public static final String PRICE_CHART = "Mean deal price and deal rate";

    private static final String GAME_GROUP = "Game";
    private static final String PLAYER_GROUP = "Improving player";
    private static final String CRITIC_GROUP = "Critic";
    private static final String RIVAL_GROUP = "Rival";
    private static final String ROLES_GROUP = "Roles";
    private static final String WHICH_MODEL = ": a name from the scenario's models, or empty for its model block";

    public static final Parameter<Double> ASK_PRICE = Parameter.real("askPrice", 20, 0.02, 10_000, 0.5)
            .withUnit("$").inGroup(GAME_GROUP)
            .withHelp("The seller's scripted opening price; a deal must be strictly below it");
    public static final Parameter<Double> COUNTER_PRICE = Parameter.real("counterPrice", 10, 0, 10_000, 0.5)
            .withUnit("$").inGroup(GAME_GROUP)
            .withHelp("The buyer's scripted counter-offer; a deal must be strictly above it");
    public static final Parameter<Double> SELLER_COST = Parameter.real("sellerCost", 8, 0, 10_000, 0.5)
            .withUnit("$").inGroup(GAME_GROUP)
            .withHelp("What the item cost the seller: no seller sells below it; the seller's surplus is price minus cost");
    public static final Parameter<Long> TURN_LIMIT = Parameter.integer("turnLimit", 10, 1, 50)
            .withUnit("exchanges").inGroup(GAME_GROUP)
            .withHelp("Seller-then-buyer exchanges after the scripted opening before the game ends without a deal");
    public static final Parameter<String> IMPROVING_SIDE =
            Parameter.choice("improvingSide", "seller", "seller", "buyer")
                    .inGroup(GAME_GROUP)
                    .withHelp("The side that gets the critic's feedback; the other side is a fixed rival, reset every game");
    public static final Parameter<Long> ROUNDS = Parameter.integer("rounds", 5, 1, 50)
            .withUnit("rounds").inGroup(GAME_GROUP)
            .withHelp("Rounds of improvement: each chain plays one game per round until its first failed deal");
    public static final Parameter<Long> GAMES_PER_ROUND = Parameter.integer("gamesPerRound", 200, 1, 100_000)
            .withUnit("games").inGroup(GAME_GROUP).onLogScale()
            .withHelp("Games in round 1, each the start of an improvement chain; the deal rate is counted against it");
    public static final Parameter<String> MODERATOR = Parameter.choice("moderator", "moves", "moves", "text", "model")
            .inGroup(ROLES_GROUP)
            .withHelp("moves: read each move (fast; a model's words are read as text); text: read the last 4 lines as "
                    + "the paper's moderator does; model: a language model decides, the built-in text moderator "
                    + "cross-checks it");
    public static final Parameter<Double> OPENING_STEP = Parameter.real("openingStep", 2, 0, 10_000, 0.25)
            .withUnit("$").inGroup(PLAYER_GROUP)
            .withHelp("How far the improving player's first counter-offer moves from its scripted opening, before feedback");
    public static final Parameter<Double> WALK_AWAY_ROOM = Parameter.real("walkAwayRoom", 7, 0, 10_000, 0.25)
            .withUnit("$").inGroup(PLAYER_GROUP)
            .withHelp("How far from its scripted opening the improving player will go before feedback (its walk-away price)");
    public static final Parameter<Double> CONCESSION_EXPONENT =
            Parameter.real("concessionExponent", 0.7, Tactic.MIN_EXPONENT, Tactic.MAX_EXPONENT, 0.05)
                    .inGroup(PLAYER_GROUP)
                    .onLogScale()
                    .withHelp("Starting concession exponent e: below 1 Boulware (holds firm, concedes late), above 1 Conceder");
    public static final Parameter<Double> TIT_FOR_TAT = Parameter.real("titForTat", 0, 0, 1, 0.05)
            .inGroup(PLAYER_GROUP)
            .withHelp("Share of each offer that mirrors the rival's last concession instead of following the clock");
    public static final Parameter<Double> GOAL_WEIGHT = Parameter.real("goalWeight", 0.5, 0, 1, 0.05)
            .inGroup(PLAYER_GROUP)
            .withHelp("How far the player moves its walk-away price towards the carry-over goal 'beat the last price' (1 = literally)");
    public static final Parameter<Double> CONTRAST_EXPONENT =
            Parameter.real("contrastExponent", 0, 0, Tactic.MAX_EXPONENT, 0.05)
                    .inGroup(PLAYER_GROUP)
                    .withHelp("0 = off; otherwise every second chain starts with this exponent and both cohorts are reported");
    public static final Parameter<String> CRITIC = Parameter.choice("critic", "built-in", "built-in", "none", "model")
            .inGroup(ROLES_GROUP)
            .withHelp("built-in: suggestions that change the tactic after every deal; none: no feedback (a baseline); "
                    + "model: a language model reads the improving side's history and suggests in words");
    public static final Parameter<String> SELLER = Parameter.choice("seller", "built-in", "built-in", "model")
            .inGroup(ROLES_GROUP)
            .withHelp("built-in: a concession tactic; model: a language model bargains from the paper's prompts");
    public static final Parameter<String> BUYER = Parameter.choice("buyer", "built-in", "built-in", "model")
            .inGroup(ROLES_GROUP)
            .withHelp("built-in: a concession tactic; model: a language model bargains from the paper's prompts");
    public static final Parameter<String> SELLER_MODEL = Parameter.text("sellerModel", "").inGroup(ROLES_GROUP)
            .withHelp("The model that plays a model seller" + WHICH_MODEL);
    public static final Parameter<String> BUYER_MODEL = Parameter.text("buyerModel", "").inGroup(ROLES_GROUP)
            .withHelp("The model that plays a model buyer" + WHICH_MODEL);
    public static final Parameter<String> CRITIC_MODEL = Parameter.text("criticModel", "").inGroup(ROLES_GROUP)
            .withHelp("The model of a model critic" + WHICH_MODEL);
    public static final Parameter<String> MODERATOR_MODEL = Parameter.text("moderatorModel", "").inGroup(ROLES_GROUP)
            .withHelp("The model of a model moderator" + WHICH_MODEL);
    public static final Parameter<String> CROSS_PLAY = Parameter.text("crossPlay", "").inGroup(ROLES_GROUP)
            .withHelp("Cross-play: names from the scenario's models, separated by commas; each plays seller against each "
                    + "as buyer for gamesPerRound games (one tick a pairing, no critic; written to tournament.csv). "
                    + "Empty: the improvement loop");
    public static final Parameter<String> PROMPT_FOLDER = Parameter.text("promptFolder", "")
            .withUnit(Parameter.FOLDER_UNIT).inGroup(ROLES_GROUP)
            .withHelp("Model roles: a folder of your own prompt files (copies of assets/prompts/negotiation/); empty "
                    + "uses the shipped prompts");
    public static final Parameter<Double> CRITIC_STEP = Parameter.real("criticStep", 0.5, 0, 1, 0.05)
            .inGroup(CRITIC_GROUP)
            .withHelp("Fraction of the way each suggestion moves a parameter towards the bolder end (less after late deals)");
    public static final Parameter<Boolean> EXPONENT_LOCKED = Parameter.bool("exponentLocked", false)
            .inGroup(CRITIC_GROUP)
            .withHelp("Keep the concession exponent fixed: the critic changes only the opening and the walk-away price");
    public static final Parameter<Double> RIVAL_ROOM_LOW = Parameter.real("rivalRoomLow", 4, 0, 10_000, 0.25)
            .withUnit("$").inGroup(RIVAL_GROUP)
            .withHelp("Least room a rival has: how far from its scripted opening it will go (drawn uniformly per chain)");
    public static final Parameter<Double> RIVAL_ROOM_HIGH = Parameter.real("rivalRoomHigh", 11, 0, 10_000, 0.25)
            .withUnit("$").inGroup(RIVAL_GROUP)
            .withHelp("Most room a rival has; a buyer with room $11 after offering $10 pays up to $21");
    public static final Parameter<Double> RIVAL_EXPONENT_LOW =
            Parameter.real("rivalExponentLow", 0.5, Tactic.MIN_EXPONENT, Tactic.MAX_EXPONENT, 0.05)
                    .inGroup(RIVAL_GROUP)
                    .onLogScale()
                    .withHelp("Least concession exponent of a rival (log-uniform per chain)");
    public static final Parameter<Double> RIVAL_EXPONENT_HIGH =
            Parameter.real("rivalExponentHigh", 2, Tactic.MIN_EXPONENT, Tactic.MAX_EXPONENT, 0.05)
                    .inGroup(RIVAL_GROUP)
                    .onLogScale()
                    .withHelp("Most concession exponent of a rival (log-uniform per chain)");
    public static final Parameter<Double> RIVAL_TIT_FOR_TAT = Parameter.real("rivalTitForTat", 0.3, 0, 1, 0.05)
            .inGroup(RIVAL_GROUP)
            .withHelp("Share of each rival offer that mirrors the improving player's last concession");
    public static final Parameter<Double> RIVAL_JITTER = Parameter.real("rivalJitter", 2, 0, 10_000, 0.1)
            .withUnit("$").inGroup(RIVAL_GROUP)
            .withHelp("Game-to-game wobble of the rival's walk-away price, uniform within plus or minus this");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(ASK_PRICE, COUNTER_PRICE, SELLER_COST,
            TURN_LIMIT, IMPROVING_SIDE, ROUNDS, GAMES_PER_ROUND, MODERATOR, OPENING_STEP, WALK_AWAY_ROOM,
            CONCESSION_EXPONENT, TIT_FOR_TAT, GOAL_WEIGHT, CONTRAST_EXPONENT, CRITIC, CRITIC_STEP, EXPONENT_LOCKED,
            RIVAL_ROOM_LOW, RIVAL_ROOM_HIGH, RIVAL_EXPONENT_LOW, RIVAL_EXPONENT_HIGH, RIVAL_TIT_FOR_TAT,
            RIVAL_JITTER, SELLER, BUYER, SELLER_MODEL, BUYER_MODEL, CRITIC_MODEL, MODERATOR_MODEL, CROSS_PLAY, PROMPT_FOLDER);

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
    public java.util.List<String> eventKinds() {
        return java.util.List.of("transcript", "feedback", "round", "model-call", "fallback", "disagreement", "pairing",
                "table-row");
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
        double ask = v.get(ASK_PRICE);
        double counter = v.get(COUNTER_PRICE);
        if (Money.cents(ask) - Money.cents(counter) < 2) {
            throw ScenarioException.about(COUNTER_PRICE, "must be at least $0.02 below askPrice (" + trim(ask)
                    + ") so that a deal strictly between them is possible");
        }
        if (Money.cents(v.get(SELLER_COST)) >= Money.cents(ask)) {
            throw ScenarioException.about(SELLER_COST, "must be below askPrice (" + trim(ask) + "), or no sale can pay");
        }
        double step = v.get(OPENING_STEP);
        if (Money.cents(step) >= Money.cents(ask) - Money.cents(counter)) {
            throw ScenarioException.about(OPENING_STEP, "must be smaller than askPrice − counterPrice (" + trim(ask - counter)
                    + ") so the first counter-offer lies between the opening prices");
        }
        if (step > v.get(WALK_AWAY_ROOM)) {
            throw ScenarioException.about(OPENING_STEP, "must not exceed walkAwayRoom (" + trim(v.get(WALK_AWAY_ROOM))
                    + "): the first counter-offer cannot lie beyond the walk-away price");
        }
        double contrast = v.get(CONTRAST_EXPONENT);
        if (contrast != 0 && contrast < Tactic.MIN_EXPONENT) {
            throw ScenarioException.about(CONTRAST_EXPONENT, "must be 0 (off) or at least " + Tactic.MIN_EXPONENT);
        }
        if (v.get(RIVAL_ROOM_LOW) > v.get(RIVAL_ROOM_HIGH)) {
            throw ScenarioException.about(RIVAL_ROOM_LOW, "must not exceed rivalRoomHigh (" + trim(v.get(RIVAL_ROOM_HIGH)) + ")");
        }
        if (v.get(RIVAL_EXPONENT_LOW) > v.get(RIVAL_EXPONENT_HIGH)) {
            throw ScenarioException.about(RIVAL_EXPONENT_LOW, "must not exceed rivalExponentHigh ("
                    + trim(v.get(RIVAL_EXPONENT_HIGH)) + ")");
        }
    }

    @Override
    public void check(Scenario scenario) throws ScenarioException {
        Roles roles = NegotiationConfig.from(scenario.parameters()).roles();
        if (roles.isCrossPlay()) {
            for (String name : roles.crossPlay()) {
                named(scenario, name, "crossPlay");
            }
            if (roles.moderatorModel()) {
                spec(scenario, roles, "moderator");
            }
            return;
        }
        for (String role : roles.modelRoles()) {
            spec(scenario, roles, role);
        }
    }

    /** A model of the scenario's models map, by name, or a message naming the parameter at fault. */
    static ModelSpec named(Scenario scenario, String name, String parameter) throws ScenarioException {
        ModelSpec spec = scenario.models().get(name);
        if (spec == null) {
            throw new ScenarioException(null, "parameters." + parameter, "no model named \"" + name
                    + "\" in the scenario's models; " + (scenario.models().isEmpty()
                    ? "the scenario has none: add \"models\": {\"" + name + "\": {\"backend\": \"openai\", "
                    + "\"baseUrl\": \"" + ModelSpec.OLLAMA_URL + "\", \"model\": \"" + name + "\"}}"
                    : "it names " + String.join(", ", scenario.models().keySet())));
        }
        return spec;
    }

    /** The model block a model role asks, or a message saying what is missing and where. */
    static ModelSpec spec(Scenario scenario, Roles roles, String role) throws ScenarioException {
        String name = roles.modelName(role);
        if (name.isEmpty()) {
            if (scenario.model() == null) {
                throw new ScenarioException(null, "model", "a model " + role + " needs a model block saying which "
                        + "language model plays, e.g. \"model\": {\"backend\": \"openai\", \"baseUrl\": \""
                        + ModelSpec.OLLAMA_URL + "\", \"model\": \"llama3.2\"}, or the name of one of the "
                        + "scenario's models in " + role + "Model");
            }
            return scenario.model();
        }
        return named(scenario, name, role + "Model");
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        return metricsFor(NegotiationConfig.from(values));
    }

    static List<MetricSpec> metricsFor(NegotiationConfig config) {
        if (config.roles().isCrossPlay()) {
            List<MetricSpec> m = new ArrayList<>(List.of(
                    MetricSpec.perTick("price", "mean deal price of the pairing", "$"),
                    MetricSpec.perTick("dealRate", "deals / games of the pairing", ""),
                    MetricSpec.perTick("turns", "mean exchanges to a deal", "exchanges"),
                    MetricSpec.perTick("noAnswers", "games ended with no readable model answer", "games")));
            if (config.roles().moderatorModel()) {
                m.add(MetricSpec.perTick("moderatorChecks", "times the model moderator was asked", "checks"));
                m.add(MetricSpec.perTick("disagreements", "model and built-in moderator disagree", "checks"));
            }
            return List.copyOf(m);
        }
        String side = config.improvingSide().id();
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
        if (config.roles().anyModel()) {
            m.add(MetricSpec.perTick("noAnswers", "games ended with no readable model answer", "games"));
            if (config.roles().moderatorModel()) {
                m.add(MetricSpec.perTick("moderatorChecks", "times the model moderator was asked", "checks"));
                m.add(MetricSpec.perTick("disagreements", "model and built-in moderator disagree", "checks"));
            }
        }
        return List.copyOf(m);
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        NegotiationConfig config = NegotiationConfig.from(values);
        if (config.roles().isCrossPlay()) {
            List<ChartSpec> charts = new ArrayList<>(List.of(
                    ChartSpec.overTicks(PRICE_CHART, "pairing (seller-major)", "price ($)", List.of("price"))
                            .withSecondaryAxis("deal rate", List.of("dealRate")),
                    ChartSpec.overTicks("Exchanges to a deal", "pairing (seller-major)", "exchanges",
                            List.of("turns"))));
            charts.add(config.roles().moderatorModel()
                    ? ChartSpec.overTicks("Moderator cross-check", "pairing (seller-major)", "per pairing",
                    List.of("moderatorChecks", "disagreements", "noAnswers"))
                    : ChartSpec.overTicks("Games with no readable model answer", "pairing (seller-major)", "games",
                    List.of("noAnswers")));
            return List.copyOf(charts);
        }
        String side = config.improvingSide().id();
        List<ChartSpec> charts = new ArrayList<>(List.of(
                ChartSpec.overTicks(PRICE_CHART, "round", "price ($)", List.of("price"))
                        .withSecondaryAxis("deal rate", List.of("dealRate", "gameDealRate")),
                ChartSpec.overTicks("The " + side + "'s surplus per game", "round", "surplus ($)", List.of("surplus")),
                ChartSpec.overTicks("The " + side + "'s tactic", "round", "price ($)", List.of("opening", "walkAway")),
                ChartSpec.overTicks("Concession exponent", "round", "exponent e (below 1: holds firm)", List.of("exponent")).withLogY(),
                ChartSpec.overTicks("Exchanges to a deal", "round", "exchanges", List.of("turns"))));
        if (config.hasCohorts()) {
            charts.add(1, ChartSpec.overTicks("Price and deal rate by cohort", "round", "mean deal price ($)",
                    List.of("cohortA.price", "cohortB.price"))
                    .withSecondaryAxis("deal rate", List.of("cohortA.dealRate", "cohortB.dealRate")));
        }
        if (config.roles().moderatorModel()) {
            charts.add(ChartSpec.overTicks("Moderator cross-check", "round", "per round",
                    List.of("moderatorChecks", "disagreements", "noAnswers")));
        } else if (config.roles().anyModel()) {
            charts.add(ChartSpec.overTicks("Games with no readable model answer", "round", "games",
                    List.of("noAnswers")));
        }
        return List.copyOf(charts);
    }

    /** Starts a run whose model roles, if any, use this machine's environment. */
    @Override
    public Simulation start(Scenario scenario, EventSink events) {
        try {
            return start(scenario, events, ModelEnvironment.system());
        } catch (ScenarioException e) {
            // the scenario is valid by contract: only a prompt folder that vanished since can get here
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events, ModelEnvironment models) throws ScenarioException {
        check(scenario.parameters());
        check(scenario);
        NegotiationConfig config = NegotiationConfig.from(scenario.parameters());
        if (!config.roles().anyModel()) {
            return new NegotiationSimulation(config, scenario.seed(), events);
        }
        NegotiationPrompts prompts = NegotiationPrompts.load(config.roles().promptFolder());
        return new NegotiationSimulation(config, scenario.seed(), events,
                open(scenario, config.roles(), prompts, models));
    }

    /** One session per model the roles name; roles that name the same model share its session. */
    private static ModelRoles open(Scenario scenario, Roles roles, NegotiationPrompts prompts, ModelEnvironment env)
            throws ScenarioException {
        Map<String, ModelSession> byName = new HashMap<>();
        Map<String, ModelSession> byRole = new LinkedHashMap<>();
        if (roles.isCrossPlay()) {
            for (String name : roles.crossPlay()) {
                ModelSpec spec = named(scenario, name, "crossPlay");
                byRole.put(ModelRoles.PLAYER + name, byName.computeIfAbsent(name, n -> ModelSession.open(spec, env)));
            }
            if (roles.moderatorModel()) {
                ModelSpec spec = spec(scenario, roles, "moderator");
                byRole.put("moderator", byName.computeIfAbsent(roles.moderatorName(),
                        n -> ModelSession.open(spec, env)));
            }
            return new ModelRoles(byRole, prompts, scenario.seed());
        }
        for (String role : roles.modelRoles()) {
            ModelSpec spec = spec(scenario, roles, role);
            byRole.put(role, byName.computeIfAbsent(roles.modelName(role), n -> ModelSession.open(spec, env)));
        }
        return new ModelRoles(byRole, prompts, scenario.seed());
    }

    /** A number without trailing zeros: 0.5, 20, 1.25. */
    static String trim(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
