package org.feedbackstudio.app.gui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.feedbackstudio.runtime.llm.Backend;
import org.feedbackstudio.runtime.llm.ModelCheck;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelException;
import org.feedbackstudio.runtime.llm.ModelSpec;
import org.feedbackstudio.runtime.llm.ModelSpecException;
import org.feedbackstudio.runtime.llm.ModelSpecFormat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The decisions behind the model panel, as plain Java: the fields a user typed become a model block, read as
 * strictly as a scenario file (so the panel refuses what the file would); Test connection and the model
 * list run off the JavaFX thread.
 */
final class ModelSettingsViewModel {
    /** What the panel's fields say. */
    record Fields(String backend, String baseUrl, String model, String apiKeyEnv, double temperature,
                  int concurrency) {
    }

    /** A model block, or why the fields do not make one. */
    record Built(ModelSpec spec, String problem) {
    }

    private final Executor background;

    ModelSettingsViewModel(Executor background) {
        this.background = background;
    }

    /** The fields of a block (or a starting point for Ollama on this machine when there is none). */
    static Fields fieldsOf(ModelSpec spec) {
        if (spec == null) {
            return new Fields("openai", ModelSpec.OLLAMA_URL, "llama3.2", "", ModelSpec.DEFAULT_TEMPERATURE,
                    ModelSpec.DEFAULT_CONCURRENCY);
        }
        return new Fields(spec.backend().id(), spec.baseUrl() == null ? "" : spec.baseUrl(), spec.model(),
                spec.apiKeyEnv() == null ? "" : spec.apiKeyEnv(), spec.temperature(), spec.concurrency());
    }

    /**
     * The block the fields describe; settings the panel does not show (timeouts, retries, prices) are kept
     * from {@code previous}.
     */
    static Built build(Fields f, ModelSpec previous) {
        ObjectNode node = previous == null ? JsonNodeFactory.instance.objectNode() : ModelSpecFormat.write(previous);
        node.put("backend", f.backend());
        boolean embedded = f.backend().equals(Backend.EMBEDDED.id());
        node.remove(List.of("baseUrl", "apiKeyEnv"));
        if (!embedded && !f.baseUrl().isBlank()) {
            node.put("baseUrl", f.baseUrl().strip());
        }
        if (!embedded && !f.apiKeyEnv().isBlank()) {
            node.put("apiKeyEnv", f.apiKeyEnv().strip());
        }
        node.put("model", f.model().strip());
        node.put("temperature", f.temperature());
        node.put("concurrency", f.concurrency());
        try {
            return new Built(ModelSpecFormat.read(node), null);
        } catch (ModelSpecException e) {
            return new Built(null, e.getMessage());
        }
    }

    /** One short prompt; completes with "reply — latency" or the reason there was none. */
    CompletableFuture<String> test(ModelSpec spec) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                ModelCheck.Result r = ModelCheck.run(spec, ModelEnvironment.system());
                return String.format(Locale.ROOT, "Answered in %.0f ms: %s", r.usage().latencyMillis(),
                        r.reply().strip().isEmpty() ? "(an empty reply)" : r.reply().strip());
            } catch (ModelException e) {
                return "No answer: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "Cancelled.";
            }
        }, background);
    }

    /** The models the server offers; completes with an empty list (and no error) where it lists none. */
    CompletableFuture<List<String>> models(ModelSpec spec) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return ModelCheck.models(spec, ModelEnvironment.system());
            } catch (ModelException e) {
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }, background);
    }
}
