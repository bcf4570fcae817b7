package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered parameters of a simulator: the domain of every value a scenario may set. */
public final class ParameterSpace {
    private final List<Parameter<?>> parameters;
    private final Map<String, Parameter<?>> byName = new LinkedHashMap<>();

    public ParameterSpace(List<Parameter<?>> parameters) {
        this.parameters = List.copyOf(parameters);
        for (Parameter<?> p : this.parameters) {
            if (byName.put(p.name(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter " + p.name());
            }
        }
    }

    public static ParameterSpace of(Parameter<?>... parameters) {
        return new ParameterSpace(List.of(parameters));
    }

    public List<Parameter<?>> all() {
        return parameters;
    }

    public Optional<Parameter<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** Every parameter at its default. */
    public ParameterValues defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.defaultValue()));
        return new ParameterValues(this, values);
    }
}
