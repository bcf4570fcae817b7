package org.feedbackstudio.creators;

import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterSpace;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.ModelSpec;

import java.util.List;

/**
 * Content creators on a platform whose recommender decides who sees what (Ye et al., "CreAgent", 2025).
 * Creators see only their own items' clicks and exposures, decide whether to explore a new genre or
 * exploit a known one, and leave when their recent items go unclicked; users see a top-k slate of recent
 * items and watch, skip or leave; the recommender is retrained on the feedback every few rounds, and a
 * fairness or diversity re-ranker may reorder its slates. Tick: one round.
 */
public final class CreatorPlatformSimulator implements Simulator {

    public static final Parameter<Long> ROUNDS = Parameter.integer("rounds", 110, 1, 10_000)
            .withHelp("how many rounds the platform runs").withUnit("rounds").inGroup("Platform");
    public static final Parameter<Long> USERS = Parameter.integer("users", 1500, 1, 100_000)
            .withHelp("users on the platform, each with 1–3 genre interests (mean 1.5)")
            .withUnit("users").inGroup("Platform").onLogScale();
    public static final Parameter<Long> CREATORS = Parameter.integer("creators", 50, 1, 2000)
            .withHelp("creators at the start; a creator who leaves does not come back")
            .withUnit("creators").inGroup("Platform").onLogScale();
    public static final Parameter<Long> GENRES = Parameter.integer("genres", 15, 2, Genres.YOUTUBE.size())
            .withHelp("content genres, the first of YouTube's 15 categories (audience falls along the list)")
            .withUnit("genres").inGroup("Platform");
    public static final Parameter<Long> MAX_NEW_ITEMS = Parameter.integer("maxNewItems", 50, 1, 10_000)
            .withHelp("at most this many items are uploaded in one round (creators take turns in a random order)")
            .withUnit("items").inGroup("Platform");
    public static final Parameter<Long> SLATE_SIZE = Parameter.integer("slateSize", 5, 1, 50)
            .withHelp("k: items in each slate a user is shown").withUnit("items").inGroup("Recommender");
    public static final Parameter<Long> RECENCY_WINDOW = Parameter.integer("recencyWindow", 10, 1, 10_000)
            .withHelp("only items uploaded in the last this many rounds are candidates")
            .withUnit("rounds").inGroup("Recommender");
    public static final Parameter<Long> RETRAIN_EVERY = Parameter.integer("retrainEvery", 5, 1, 10_000)
            .withHelp("a learned recommender is retrained on all feedback so far every this many rounds")
            .withUnit("rounds").inGroup("Recommender");
    public static final Parameter<Long> RERANK_START = Parameter.integer("rerankStart", 10, 0, 10_000)
            .withHelp("the re-ranker acts only after this round").withUnit("round").inGroup("Recommender");
    public static final Parameter<String> RECOMMENDER = Parameter.choice("recommender",
                    RecommenderKind.POPULARITY.id(), Choice.ids(RecommenderKind.class).toArray(String[]::new))
            .withHelp("the base ranker: random, popularity (clicks so far), mf (matrix factorisation, binary"
                    + " cross-entropy) or bpr (matrix factorisation, pairwise BPR), both trained in the embedded runtime")
            .inGroup("Recommender");
    public static final Parameter<String> RERANKER = Parameter.choice("reranker", RerankerKind.NONE.id(),
                    Choice.ids(RerankerKind.class).toArray(String[]::new))
            .withHelp("none; fairness (FairCo-style: items of creators whose exposure lags are pushed up);"
                    + " diversity (MMR over genres)")
            .inGroup("Recommender").changeableLive();
    public static final Parameter<Double> TRADEOFF = Parameter.real("tradeoff", 0.5, 0.0, 1.0, 0.05)
            .withHelp("λ: the re-ranker's weight on fairness or diversity against relevance (0 = relevance only)")
            .withUnit("λ").inGroup("Recommender").changeableLive();
    public static final Parameter<Long> EMBEDDING_SIZE = Parameter.integer("embeddingSize", 64, 1, 512)
            .withHelp("mf and bpr: the size of user and item embeddings").inGroup("Learned recommender");
    public static final Parameter<Double> LEARNING_RATE = Parameter.real("learningRate", 0.001, 0.00001, 1.0, 0.0001)
            .withHelp("mf and bpr: Adam's step size").inGroup("Learned recommender").onLogScale();
    public static final Parameter<Long> BATCH_SIZE = Parameter.integer("batchSize", 1024, 1, 65_536)
            .withHelp("mf and bpr: interactions (bpr: triples) per training step")
            .withUnit("rows").inGroup("Learned recommender").onLogScale();
    public static final Parameter<Long> EPOCHS = Parameter.integer("epochs", 1, 1, 100)
            .withHelp("mf and bpr: passes over all feedback so far at each retrain (continuing from the last)")
            .inGroup("Learned recommender");
    public static final Parameter<Double> USER_ACTIVITY = Parameter.real("userActivity", 0.5, 0.0, 1.0, 0.05)
            .withHelp("the chance that a user visits the platform in a round")
            .inGroup("Users").changeableLive();
    public static final Parameter<Double> INTEREST_WATCH = Parameter.real("interestWatch", 0.6, 0.0, 1.0, 0.01)
            .withHelp("chance of watching an item of perfect quality in a genre the user likes (scaled by quality)")
            .inGroup("Users");
    public static final Parameter<Double> OTHER_WATCH = Parameter.real("otherWatch", 0.04, 0.0, 1.0, 0.01)
            .withHelp("chance of watching an item of perfect quality in a genre the user does not like")
            .inGroup("Users");
    public static final Parameter<Double> LEAVE_CHANCE = Parameter.real("leaveChance", 0.1, 0.0, 1.0, 0.01)
            .withHelp("after not watching an item, the chance that the user leaves the slate instead of skipping")
            .inGroup("Users");
    public static final Parameter<String> CREATOR_POLICY = Parameter.choice("creatorPolicy",
                    CreatorPolicyKind.BOUNDED_RATIONAL.id(), Choice.ids(CreatorPolicyKind.class).toArray(String[]::new))
            .withHelp("how creators pick genres: bounded-rational (own feedback, explore/exploit by reward);"
                    + " full-information (knows every genre's audience); cfd; lbr; random")
            .inGroup("Creators");
    public static final Parameter<String> CREATOR_MODE = Parameter.choice("creatorMode", "built-in", "built-in",
                    "model")
            .withHelp("built-in: creators follow creatorPolicy; model: the scenario's language model decides for a"
                    + " share of them (modelShare), in two steps, slow thinking then fast thinking")
            .inGroup("Creators");
    public static final Parameter<Double> CREATOR_ACTIVITY = Parameter.real("creatorActivity", 0.6, 0.05, 1.0, 0.05)
            .withHelp("mean creation frequency: each creator uploads in a round with its own chance, spread ±0.3"
                    + " around this")
            .inGroup("Creators");
    public static final Parameter<Long> LEAVE_WINDOW = Parameter.integer("leaveWindow", 5, 1, 100)
            .withHelp("a creator with at least this many items whose last this many got no click leaves")
            .withUnit("items").inGroup("Creators");
    public static final Parameter<Long> LEAVE_FROM = Parameter.integer("leaveFrom", 15, 0, 10_000)
            .withHelp("creators may leave from this round on").withUnit("round").inGroup("Creators");

    public static final Parameter<Double> MODEL_SHARE = Parameter.real("modelShare", 1.0, 0.0, 1.0, 0.05)
            .withHelp("model mode: the share of creators the language model drives (the first ones by id); the"
                    + " rest follow creatorPolicy, a mixed population")
            .inGroup("Language model");
    public static final Parameter<String> PROMPT_FOLDER = Parameter.text("promptFolder", "")
            .withUnit(Parameter.FOLDER_UNIT).inGroup("Language model")
            .withHelp("model mode: a folder of your own prompt files (copies of assets/prompts/creator-platform/);"
                    + " empty uses the shipped prompts");

    private static final ParameterSpace SPACE = ParameterSpace.of(ROUNDS, USERS, CREATORS, GENRES, MAX_NEW_ITEMS,
            RECOMMENDER, RERANKER, TRADEOFF, SLATE_SIZE, RECENCY_WINDOW, RETRAIN_EVERY, RERANK_START,
            EMBEDDING_SIZE, LEARNING_RATE, BATCH_SIZE, EPOCHS,
            USER_ACTIVITY, INTEREST_WATCH, OTHER_WATCH, LEAVE_CHANCE,
            CREATOR_POLICY, CREATOR_MODE, CREATOR_ACTIVITY, LEAVE_WINDOW, LEAVE_FROM, MODEL_SHARE, PROMPT_FOLDER);

    static final String ENGAGEMENT_CHART = "Engagement";
    static final String CREATORS_CHART = "Creators remaining";
    static final String FAIRNESS_CHART = "Creator exposure inequality";
    static final String GENRES_CHART = "Genre diversity";
    static final String BEHAVIOUR_CHART = "Creator behaviour";

    @Override
    public String id() {
        return "creator-platform";
    }

    @Override
    public String title() {
        return "Creator platform";
    }

    @Override
    public String summary() {
        return "Creators who see only their own clicks decide what to make next while a recommender decides who"
                + " sees it; fairness-aware re-ranking keeps more of them on the platform, diversity-aware"
                + " re-ranking enriches the genres, each at some cost in clicks.";
    }

    @Override
    public String tickName() {
        return "round";
    }

    @Override
    public ParameterSpace parameters() {
        return SPACE;
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        return PlatformMetrics.specs(PlatformSettings.from(values));
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        return List.of(
                ChartSpec.overTicks(ENGAGEMENT_CHART, "round", "clicks per round", List.of(PlatformMetrics.CLICKS))
                        .withSecondaryAxis("click-through rate", List.of(PlatformMetrics.CTR)),
                ChartSpec.overTicks(CREATORS_CHART, "round", "creators",
                        List.of(PlatformMetrics.ACTIVE_CREATORS, PlatformMetrics.DEPARTURES)),
                ChartSpec.overTicks(FAIRNESS_CHART, "round", "Gini (0 = equal)",
                        List.of(PlatformMetrics.EXPOSURE_GINI, PlatformMetrics.CUMULATIVE_GINI)).withYRange(0, 1),
                ChartSpec.overTicks(GENRES_CHART, "round", "entropy (bits)",
                        List.of(PlatformMetrics.NEW_ITEM_ENTROPY, PlatformMetrics.EXPOSURE_ENTROPY))
                        .withSecondaryAxis("coverage",
                                List.of(PlatformMetrics.NEW_ITEM_COVERAGE, PlatformMetrics.EXPOSURE_COVERAGE)),
                ChartSpec.overTicks(BEHAVIOUR_CHART, "round", "share exploring",
                        List.of(PlatformMetrics.EXPLORE_RATIO))
                        .withSecondaryAxis("clicks per creator", List.of(PlatformMetrics.MEAN_REWARD)));
    }

    @Override
    public void check(Scenario scenario) throws ScenarioException {
        if (scenario.parameters().get(CREATOR_MODE).equals("model") && scenario.model() == null) {
            throw new ScenarioException(null, "model", "creatorMode model needs a model block saying which language"
                    + " model decides, e.g. \"model\": {\"backend\": \"openai\", \"baseUrl\": \""
                    + ModelSpec.OLLAMA_URL + "\", \"model\": \"llama3.2\"}");
        }
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) throws ScenarioException {
        return start(scenario, events, ModelEnvironment.system());
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events, ModelEnvironment models) throws ScenarioException {
        check(scenario);
        PlatformSettings settings = PlatformSettings.from(scenario.parameters());
        if (!settings.modelDriven()) {
            return CreatorPlatformSimulation.start(settings, scenario.seed(), events);
        }
        CreatorPrompts prompts = CreatorPrompts.load(settings.promptFolder());
        ModelSession session = ModelSession.open(scenario.model(), models);
        try {
            return new CreatorPlatformSimulation(settings, Seeds.root(scenario.seed()), events, null,
                    new CreatorPlatformSimulation.ModelPart(session, prompts, settings.modelCreators(),
                            scenario.seed()));
        } catch (RuntimeException e) {
            session.close(); // what was answered is cached; the run stops before its first round
            throw e;
        }
    }
}
