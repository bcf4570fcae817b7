package org.feedbackstudio.donor;

import java.util.List;
import java.util.Map;

/**
 * How donors decide. The game hands over one round at a time: every encounter of a round is independent
 * (each agent is in at most one), so a policy may decide them in any order, or all at once — a policy
 * that asks a language model can send the round's prompts together, as the authors' code does.
 *
 * <p>The built-in agents ({@link RuleAgents}) read each donor's {@link RuleStrategy}; a model-driven policy
 * reads {@link RoundView#seen}'s lines and the donor's strategy sentence, asks its model, and answers
 * {@link Decisions#fallback} when the reply cannot be read even after its own retries.
 */
public interface DonorPolicy {

    /** A short name for messages and the inspector, e.g. "built-in agents". */
    String name();

    /**
     * Called whenever a generation takes its seats, before its first round: {@code seats.get(s)} is the
     * agent in seat {@code s} (see {@link RoundView#donorSeat}) until the generation ends. A policy may
     * prepare per-agent state here; the default does nothing.
     */
    default void startGeneration(int generation, List<Member> seats) {
    }

    /**
     * Decides every encounter of a round: for each {@code i < round.encounters()} exactly one call of
     * {@code decisions.donate(i, …)}, {@code punish(i, …)} or {@code fallback(i)} before returning.
     */
    void decide(RoundView round, Decisions decisions);

    /** Extra lines the inspector shows for an agent (a model-driven agent's prompts and replies); none by default. */
    default Map<String, String> details(Member member) {
        return Map.of();
    }

    /** Releases what the policy holds (a model, its threads); the game calls it when the run closes. */
    default void close() {
    }
}
