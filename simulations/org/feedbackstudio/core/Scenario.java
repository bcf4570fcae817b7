package org.feedbackstudio.core;

import org.feedbackstudio.runtime.llm.ModelSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The document that fully determines a run: which simulator, the root seed, every parameter value
 * and when to stop. Always complete and valid — build one with {@link ScenarioReader} or
 * {@link #defaults}; change it with the {@code with…} methods, which validate again.
 *
 * @param name        a title for presets and saved scenarios, may be empty
 * @param description a few sentences for presets, may be empty
 * @param simulator   the simulator id
 * @param seed        the root seed; every random stream of the run derives from it
 * @param parameters  a value for every parameter of the simulator
 * @param stopAfter   stop after this many ticks, or 0 to run to the simulator's natural end
 * @param model       the language model that model-driven agents ask, or null when the run asks none
 * @param models      further language models by name, in the order the scenario lists them, for simulators
 *                    whose roles may each use a different model (parameters name which); may be empty
 */
public record Scenario(String name, String description, String simulator, long seed, ParameterValues parameters,
                       long stopAfter, ModelSpec model, Map<String, ModelSpec> models) {

    public Scenario {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        Objects.requireNonNull(simulator, "simulator");
        Objects.requireNonNull(parameters, "parameters");
        if (stopAfter < 0) {
            throw new IllegalArgumentException("stopAfter must be >= 0");
        }
        models = models == null || models.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** A scenario with at most the single model block. */
    public Scenario(String name, String description, String simulator, long seed, ParameterValues parameters,
                    long stopAfter, ModelSpec model) {
        this(name, description, simulator, seed, parameters, stopAfter, model, Map.of());
    }

    /** A scenario without a model block. */
    public Scenario(String name, String description, String simulator, long seed, ParameterValues parameters,
                    long stopAfter) {
        this(name, description, simulator, seed, parameters, stopAfter, null, Map.of());
    }

    /** The default scenario of a simulator with the given seed. */
    public static Scenario defaults(Simulator simulator, long seed) {
        return new Scenario("", "", simulator.id(), seed, simulator.parameters().defaults(), 0);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, simulator, newSeed, parameters, stopAfter, model, models);
    }

    public Scenario withParameters(ParameterValues values) {
        return new Scenario(name, description, simulator, seed, values, stopAfter, model, models);
    }

    /** A copy with one parameter changed; the value is parsed from text as a user typed it. */
    public Scenario withParameter(String parameter, String text) throws ScenarioException {
        Parameter<?> p = parameters.space().find(parameter).orElseThrow(() -> new ScenarioException(null,
                "parameters." + parameter, "unknown parameter for " + simulator + "; known: "
                        + String.join(", ", parameters.space().names())));
        try {
            return withParameters(parameters.with(parameter, p.parse(text)));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(null, "parameters." + parameter, e.getMessage());
        }
    }

    public Scenario withStopAfter(long ticks) {
        return new Scenario(name, description, simulator, seed, parameters, ticks, model, models);
    }

    public Scenario withName(String newName, String newDescription) {
        return new Scenario(newName, newDescription, simulator, seed, parameters, stopAfter, model, models);
    }

    /** A copy with another model block (null: none). */
    public Scenario withModel(ModelSpec newModel) {
        return new Scenario(name, description, simulator, seed, parameters, stopAfter, newModel, models);
    }

    /** A copy with other named models (empty: none). */
    public Scenario withModels(Map<String, ModelSpec> newModels) {
        return new Scenario(name, description, simulator, seed, parameters, stopAfter, model, newModels);
    }

    /** Whether the run may ask any language model: a model block or named models. */
    public boolean hasModels() {
        return model != null || !models.isEmpty();
    }
}
