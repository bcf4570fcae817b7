package org.feedbackstudio.negotiation;

import org.feedbackstudio.runtime.llm.Answer;
import org.feedbackstudio.runtime.llm.ModelSession;
import org.feedbackstudio.runtime.llm.ModelUnavailableException;
import org.feedbackstudio.runtime.llm.Question;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The language models a run's model-driven roles ask: one session per model the scenario names (roles that
 * name the same model share it, and its answer cache and account), the prompts, and the run's seed, which
 * every decision's identity starts with. Games run side by side, each on its own thread; a model never has
 * more calls in flight than its block's {@code concurrency}.
 */
final class ModelRoles implements AutoCloseable {
    /** In a cross-play, the key of a model that plays either side: this prefix and the model's name. */
    static final String PLAYER = "player:";

    private final Map<String, ModelSession> byRole;
    private final Map<ModelSession, Semaphore> slots;
    private final NegotiationPrompts prompts;
    private final long seed;

    /** @param byRole "seller", "buyer", "critic", "moderator" (and model names in cross-play) to a session */
    ModelRoles(Map<String, ModelSession> byRole, NegotiationPrompts prompts, long seed) {
        this.byRole = new LinkedHashMap<>(byRole);
        this.slots = new IdentityHashMap<>();
        for (ModelSession s : this.byRole.values()) {
            slots.computeIfAbsent(s, x -> new Semaphore(x.spec().concurrency()));
        }
        this.prompts = prompts;
        this.seed = seed;
    }

    private ModelRoles(Map<String, ModelSession> byRole, Map<ModelSession, Semaphore> slots,
                       NegotiationPrompts prompts, long seed) {
        this.byRole = byRole;
        this.slots = slots;
        this.prompts = prompts;
        this.seed = seed;
    }

    /** A cross-play's pairing: the named models as seller and buyer, the same moderator, the same slots. */
    ModelRoles pairing(String seller, String buyer) {
        Map<String, ModelSession> roles = new LinkedHashMap<>();
        roles.put("seller", byRole.get(PLAYER + seller));
        roles.put("buyer", byRole.get(PLAYER + buyer));
        if (byRole.containsKey("moderator")) {
            roles.put("moderator", byRole.get("moderator"));
        }
        return new ModelRoles(roles, slots, prompts, seed);
    }

    NegotiationPrompts prompts() {
        return prompts;
    }

    long seed() {
        return seed;
    }

    /** The session of a role, or null when the role is built-in. */
    ModelSession session(String role) {
        return byRole.get(role);
    }

    /** Games that may be in flight at once: the largest concurrency of the models asked. */
    int concurrency() {
        int most = 1;
        for (ModelSession s : slots.keySet()) {
            most = Math.max(most, s.spec().concurrency());
        }
        return most;
    }

    /** Asks on the calling thread once the model has a free slot. */
    <T> Answer<T> ask(ModelSession session, Question<T> question) {
        Semaphore slot = slots.get(session);
        try {
            slot.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelUnavailableException("stopped while waiting for the model");
        }
        try {
            return session.ask(question);
        } finally {
            slot.release();
        }
    }

    /** "openai llama3.2 at http://…", for the inspector. */
    String describe(String role) {
        ModelSession s = byRole.get(role);
        return s == null ? "built-in" : s.spec().describe();
    }

    @Override
    public void close() {
        for (ModelSession s : slots.keySet()) {
            s.close();
        }
    }
}
