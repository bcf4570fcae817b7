package org.feedbackstudio.donor;

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
        double mutation) {

    public static DonorSettings from(ParameterValues v) {
        String normWord = v.getString("norm");
        return new DonorSettings(
                v.getInt("agents"),
                v.getInt("generations"),
                v.getInt("rounds"),
                v.getDouble("initialResources"),
                v.getDouble("multiplier"),
                v.getInt("traceDepth"),
                v.getDouble("observationProbability"),
                v.getDouble("survivorFraction"),
                v.getBoolean("punishment"),
                v.getDouble("punishmentMultiplier"),
                Schedule.fromWord(v.getString("schedule")),
                AgentMode.fromWord(v.getString("agentMode")),
                normWord.equals("mixed") ? null : Norm.fromWord(normWord),
                v.getDouble("generosity"),
                v.getDouble("threshold"),
                v.getDouble("punishShare"),
                v.getDouble("initialSpread"),
                v.getDouble("mutation"));
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
