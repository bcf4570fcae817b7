package org.feedbackstudio.donor;

import org.feedbackstudio.core.Choice;
import org.feedbackstudio.core.ParameterValues;

/**
 * The parameters of a Donor Game run, typed. Built from validated {@link ParameterValues}; the names match
 * the scenario's parameter names.
 *
 * @param norm the norm of the scenario's strategy, or null for "mixed"
 */
public record DonorSettings(
        int agents,
        int generations,
        int rounds,
        double initialResources,
        double multiplier,
        int traceDepth,
        double observationProbability,
        double survivorFraction,
        boolean punishment,
        double punishmentMultiplier,
        Schedule schedule,
        AgentMode agentMode,
        Norm norm,
        double generosity,
        double threshold,
        double punishShare,
        double initialSpread,
        double mutation,
        double modelShare,
        String promptFolder) {

    public static DonorSettings from(ParameterValues v) {
        String normWord = v.get(DonorGameSimulator.NORM);
        return new DonorSettings(
                v.getInt(DonorGameSimulator.AGENTS),
                v.getInt(DonorGameSimulator.GENERATIONS),
                v.getInt(DonorGameSimulator.ROUNDS),
                v.get(DonorGameSimulator.INITIAL_RESOURCES),
                v.get(DonorGameSimulator.MULTIPLIER),
                v.getInt(DonorGameSimulator.TRACE_DEPTH),
                v.get(DonorGameSimulator.OBSERVATION_PROBABILITY),
                v.get(DonorGameSimulator.SURVIVOR_FRACTION),
                v.get(DonorGameSimulator.PUNISHMENT),
                v.get(DonorGameSimulator.PUNISHMENT_MULTIPLIER),
                Choice.byId(Schedule.class, v.get(DonorGameSimulator.SCHEDULE)),
                Choice.byId(AgentMode.class, v.get(DonorGameSimulator.AGENT_MODE)),
                normWord.equals("mixed") ? null : Choice.byId(Norm.class, normWord),
                v.get(DonorGameSimulator.GENEROSITY),
                v.get(DonorGameSimulator.THRESHOLD),
                v.get(DonorGameSimulator.PUNISH_SHARE),
                v.get(DonorGameSimulator.INITIAL_SPREAD),
                v.get(DonorGameSimulator.MUTATION),
                v.get(DonorGameSimulator.MODEL_SHARE),
                v.get(DonorGameSimulator.PROMPT_FOLDER));
    }

    /** In model mode, the seats a language model drives (the rest are cultural built-in agents); else 0. */
    public int modelAgents() {
        return agentMode == AgentMode.MODEL ? (int) Math.round(modelShare * agents) : 0;
    }

    /** How many agents survive each generation. */
    public int survivors() {
        return Ranking.survivors(survivorFraction, agents);
    }

    /** Ticks (rounds) per generation: two games. */
    public int ticksPerGeneration() {
        return 2 * rounds;
    }

    /** The strategy every agent follows in fixed mode (the norm must not be mixed). */
    public RuleStrategy fixedStrategy() {
        if (norm == null) {
            throw new IllegalStateException("fixed mode needs one norm, not a mix");
        }
        return new RuleStrategy(norm, generosity, threshold, traceDepth, punishment ? punishShare : 0.0);
    }
}
