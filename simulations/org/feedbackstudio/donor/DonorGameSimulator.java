package org.feedbackstudio.donor;

import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.EventSink;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterSpace;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.Seeds;
import org.feedbackstudio.core.Simulation;
import org.feedbackstudio.core.Simulator;

import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ModelUnavailableException;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Donor Game with cultural evolution (Vallinder &amp; Hughes 2024), played by built-in agents with
 * explicit strategies. Catalog entry: parameters, metrics, charts and the factory of runs.
 */
public final class DonorGameSimulator implements Simulator {
    private static final String GAME_GROUP = "Game";
    private static final String AGENTS_GROUP = "Built-in agents";
    private static final String MODEL_GROUP = "Model-driven agents";

    public static final Parameter<Long> AGENTS = Parameter.integer("agents", 12, 2, 10_000)
            .onLogScale().inGroup(GAME_GROUP)
            .withHelp("Agents per generation: an even number, seated in two halves that swap roles");
    public static final Parameter<Long> GENERATIONS = Parameter.integer("generations", 10, 1, 10_000)
            .onLogScale().inGroup(GAME_GROUP)
            .withHelp("Generations to play; each is two games followed by selection");
    public static final Parameter<Long> ROUNDS = Parameter.integer("rounds", 12, 1, 200).inGroup(GAME_GROUP)
            .withHelp("Rounds per game (agents are not told how many); at most the number of agents");
    public static final Parameter<Double> INITIAL_RESOURCES = Parameter.real("initialResources", 10, 1, 1_000_000, 1)
            .onLogScale().withUnit("units").inGroup(GAME_GROUP)
            .withHelp("Resources every agent starts each game with");
    public static final Parameter<Double> MULTIPLIER = Parameter.real("multiplier", 2, 1, 10, 0.1)
            .withUnit("×").inGroup(GAME_GROUP)
            .withHelp("The recipient gains multiplier × the units the donor gives up");
    public static final Parameter<Long> TRACE_DEPTH = Parameter.integer("traceDepth", 3, 1, 10).inGroup(GAME_GROUP)
            .withHelp("Entries of the recipient's record a donor sees: its last donation, its partner's "
                    + "previous one, …");
    public static final Parameter<Double> OBSERVATION_PROBABILITY =
            Parameter.real("observationProbability", 1.0, 0, 1, 0.05)
                    .changeableLive().inGroup(GAME_GROUP)
                    .withHelp("Chance that a donor is shown the recipient's record at all");
    public static final Parameter<Double> SURVIVOR_FRACTION = Parameter.real("survivorFraction", 0.5, 0, 1, 0.05)
            .inGroup(GAME_GROUP)
            .withHelp("Share of agents, best scores first, that survive with their strategies");
    public static final Parameter<Boolean> PUNISHMENT = Parameter.bool("punishment", false).inGroup(GAME_GROUP)
            .withHelp("Costly punishment: a donor may pay x to remove punishmentMultiplier × x from the "
                    + "recipient");
    public static final Parameter<Double> PUNISHMENT_MULTIPLIER =
            Parameter.real("punishmentMultiplier", 2, 0, 10, 0.1)
                    .withUnit("×").inGroup(GAME_GROUP)
                    .withHelp("Units a punished recipient loses per unit the punisher spends (floored at 0)");
    public static final Parameter<String> SCHEDULE = Parameter.choice("schedule", "paper", "paper", "notebook")
            .inGroup(GAME_GROUP)
            .withHelp("paper: the protocol as published; notebook: the authors' code (fixed rotation, "
                    + "selection on 2 × game 2, scores hidden)");
    public static final Parameter<String> AGENT_MODE =
            Parameter.choice("agentMode", "cultural", "cultural", "fixed", "model").inGroup(AGENTS_GROUP)
                    .withHelp("cultural: newcomers copy a survivor's strategy with variation; fixed: every agent "
                            + "follows the strategy below; model: the scenario's language model plays (see "
                            + "modelShare)");
    public static final Parameter<String> NORM =
            Parameter.choice("norm", "mixed", "mixed", "unconditional", "image-scoring", "standing")
                    .inGroup(AGENTS_GROUP)
                    .withHelp("How agents read the record: ignore it, judge the last donation (image scoring) or "
                            + "also whom it refused (standing); mixed draws one per agent");
    public static final Parameter<Double> GENEROSITY = Parameter.real("generosity", 0.5, 0, 1, 0.05)
            .inGroup(AGENTS_GROUP)
            .withHelp("Share of resources given to recipients judged good or unknown (centre of "
                    + "generation 1 when cultural)");
    public static final Parameter<Double> THRESHOLD = Parameter.real("threshold", 0.3, 0, 1, 0.05)
            .inGroup(AGENTS_GROUP)
            .withHelp("Smallest share a donation must have to count as cooperative");
    public static final Parameter<Double> PUNISH_SHARE = Parameter.real("punishShare", 0.2, 0, 1, 0.05)
            .inGroup(AGENTS_GROUP)
            .withHelp("Share of resources spent punishing a recipient judged bad (with punishment on)");
    public static final Parameter<Double> INITIAL_SPREAD = Parameter.real("initialSpread", 0.25, 0, 0.5, 0.05)
            .inGroup(AGENTS_GROUP)
            .withHelp("Cultural: generation 1 draws generosity, threshold and punishment share this far "
                    + "around the values above");
    public static final Parameter<Double> MUTATION = Parameter.real("mutation", 0.05, 0, 0.5, 0.01)
            .changeableLive().inGroup(AGENTS_GROUP)
            .withHelp("Cultural: a newcomer's variation: SD of the change of each share, and chance of "
                    + "changing norm or depth");
    public static final Parameter<Double> MODEL_SHARE = Parameter.real("modelShare", 1.0, 0, 1, 0.05)
            .inGroup(MODEL_GROUP)
            .withHelp("Model mode: the share of seats the language model drives; the rest are cultural built-in "
                    + "agents, and the split holds in every generation (a mixed society)");
    public static final Parameter<String> PROMPT_FOLDER = Parameter.text("promptFolder", "")
            .withUnit(Parameter.FOLDER_UNIT).inGroup(MODEL_GROUP)
            .withHelp("Model mode: a folder of your own prompt files (copies of assets/prompts/donor-game/); empty "
                    + "uses the shipped prompts");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(AGENTS, GENERATIONS, ROUNDS,
            INITIAL_RESOURCES, MULTIPLIER, TRACE_DEPTH, OBSERVATION_PROBABILITY, SURVIVOR_FRACTION, PUNISHMENT,
            PUNISHMENT_MULTIPLIER, SCHEDULE, AGENT_MODE, NORM, GENEROSITY, THRESHOLD, PUNISH_SHARE, INITIAL_SPREAD,
            MUTATION, MODEL_SHARE, PROMPT_FOLDER);

    @Override
    public String id() {
        return "donor-game";
    }

    @Override
    public String title() {
        return "Donor Game societies";
    }

    @Override
    public String summary() {
        return "Agents donate to strangers whose past they glimpse; the best keep their strategies and "
                + "newcomers copy them — does cooperation evolve?";
    }

    @Override
    public String tickName() {
        return "round";
    }

    @Override
    public java.util.List<String> eventKinds() {
        return java.util.List.of("strategy", "donation", "punishment", "fallback", "generation", "model-call");
    }

    @Override
    public String workUnit() {
        return "donations";
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public void check(ParameterValues values) throws ScenarioException {
        int agents = values.getInt(AGENTS);
        String problem = Schedule.agentsProblem(agents);
        if (problem != null) {
            throw ScenarioException.about(AGENTS, problem);
        }
        Schedule schedule = Choice.byId(Schedule.class, values.get(SCHEDULE));
        problem = schedule.roundsProblem(agents, values.getInt(ROUNDS));
        if (problem != null) {
            throw ScenarioException.about(ROUNDS, problem);
        }
        double fraction = values.get(SURVIVOR_FRACTION);
        if (Ranking.survivors(fraction, agents) < 1) {
            throw ScenarioException.about(SURVIVOR_FRACTION, "keeps no agent of " + agents
                    + " (survivors = survivorFraction × agents, rounded); use at least " + minimumFraction(agents));
        }
        if (values.get(AGENT_MODE).equals("fixed") && values.get(NORM).equals("mixed")) {
            throw ScenarioException.about(NORM, "in fixed mode every agent follows one strategy; "
                    + "choose unconditional, image-scoring or standing");
        }
    }

    @Override
    public void check(Scenario scenario) throws ScenarioException {
        if (scenario.parameters().get(AGENT_MODE).equals("model") && scenario.model() == null) {
            throw new ScenarioException(null, "model", "agentMode model needs a model block saying which language "
                    + "model plays, e.g. \"model\": {\"backend\": \"openai\", \"baseUrl\": \""
                    + ModelSpec.OLLAMA_URL + "\", \"model\": \"llama3.2\"}");
        }
    }

    private static String minimumFraction(int agents) {
        return Formats.plain(Math.ceil(50.0 / agents) / 100.0);
    }

    @Override
    public List<MetricSpec> metrics(ParameterValues values) {
        return DonorGameSimulation.METRICS;
    }

    @Override
    public List<ChartSpec> charts(ParameterValues values) {
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(new ChartSpec("Generation score", "generation", "resources (units)",
                List.of("generationScore"), "generation", false).withLogY());
        charts.add(new ChartSpec("Donations per generation", "generation", "share given",
                List.of("generationDonationFraction", "meanGenerosity"), "generation", false).withYRange(0, 1));
        charts.add(new ChartSpec("Norms in the population", "generation", "share of agents",
                List.of("shareUnconditional", "shareImageScoring", "shareStanding"), "generation", false)
                .withYRange(0, 1));
        charts.add(new ChartSpec("Spread across agents", "generation", "standard deviation",
                List.of("scoreSpread"), "generation", false).withLogY());
        if (values.get(PUNISHMENT)) {
            charts.add(new ChartSpec("Punishment", "generation", "share of encounters",
                    List.of("punishmentShare"), "generation", false));
        }
        charts.add(ChartSpec.overTicks("Resources", "round", "mean resources (units)", List.of("meanResources")).withLogY());
        charts.add(ChartSpec.overTicks("Donation per round", "round", "share given",
                List.of("meanDonationFraction")).withYRange(0, 1));
        return charts;
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events) throws ScenarioException {
        return start(scenario, events, ModelEnvironment.system());
    }

    @Override
    public Simulation start(Scenario scenario, EventSink events, ModelEnvironment models) throws ScenarioException {
        check(scenario.parameters());
        check(scenario);
        DonorSettings settings = DonorSettings.from(scenario.parameters());
        SplittableRandom root = Seeds.root(scenario.seed());
        SplittableRandom game = root.split();
        SplittableRandom strategies = root.split();
        if (settings.agentMode() != AgentMode.MODEL) {
            return new DonorGameSimulation(settings, new RuleAgents(), writerFor(settings, strategies), game, events);
        }
        DonorPrompts prompts = DonorPrompts.load(settings.promptFolder());
        ModelSession session = ModelSession.open(scenario.model(), models);
        ModelTranscripts transcripts = new ModelTranscripts(events);
        try {
            return new DonorGameSimulation(settings,
                    new ModelDonors(session, prompts, settings, scenario.seed(), transcripts),
                    new ModelStrategies(session, prompts, settings, scenario.seed(), settings.modelAgents(),
                            writerFor(settings, strategies), transcripts), game, events);
        } catch (ModelUnavailableException e) {
            session.close(); // what was answered is cached; the run stops before its first round
            throw e;
        }
    }

    /** The built-in writer the settings ask for. */
    static StrategyWriter writerFor(DonorSettings s, SplittableRandom random) {
        return switch (s.agentMode()) {
            case FIXED -> new FixedStrategies(s.fixedStrategy());
            case CULTURAL, MODEL -> new CulturalTransmission(s.norm(), s.generosity(), s.threshold(), s.punishShare(),
                    s.punishment(), s.initialSpread(), s.traceDepth(), s.mutation(), random);
        };
    }
}
