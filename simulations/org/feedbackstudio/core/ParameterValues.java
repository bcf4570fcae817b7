package org.feedbackstudio.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete, validated assignment of a value to every parameter of a space, in canonical types.
 * Immutable: {@link #with} returns a copy.
 */
public final class ParameterValues {
    private final ParameterSpace space;
    private final Map<String, Object> values;

    ParameterValues(ParameterSpace space, Map<String, Object> values) {
        this.space = space;
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Parameter<?> p : space.all()) {
            Object v = values.get(p.name());
            String problem = p.problemWith(v);
            if (problem != null) {
                throw new IllegalArgumentException(p.name() + ": " + problem);
            }
            ordered.put(p.name(), v);
        }
        this.values = Collections.unmodifiableMap(ordered);
    }

    public ParameterSpace space() {
        return space;
    }

    /** Name to canonical value, in the space's order. */
    public Map<String, Object> asMap() {
        return values;
    }

    public Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return v;
    }

    /**
     * The value of one of this space's parameters, typed by the parameter.
     *
     * @throws IllegalArgumentException when the space has no such parameter, or one of that name but another type
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Parameter<T> parameter) {
        Parameter<?> mine = space.find(parameter.name()).orElse(null);
        if (mine == null || mine.type() != parameter.type()) {
            throw new IllegalArgumentException("no " + parameter.type().jsonName() + " parameter named "
                    + parameter.name() + " among " + space.names());
        }
        return (T) values.get(parameter.name()); // the constructor checked every value against its type
    }

    /** An integer parameter's value as an int (counts, sizes). */
    public int getInt(Parameter<Long> parameter) {
        return Math.toIntExact(get(parameter));
    }

    public long getLong(String name) {
        return (Long) get(name);
    }

    public int getInt(String name) {
        return Math.toIntExact(getLong(name));
    }

    public double getDouble(String name) {
        return (Double) get(name);
    }

    public boolean getBoolean(String name) {
        return (Boolean) get(name);
    }

    public String getString(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> getList(String name) {
        return (List<String>) get(name);
    }

    /**
     * A copy with one value replaced; the value must already be canonical and in range.
     *
     * @throws IllegalArgumentException naming the parameter and what is allowed
     */
    public ParameterValues with(String name, Object value) {
        Parameter<?> p = space.find(name).orElseThrow(
                () -> new IllegalArgumentException("no parameter named " + name));
        String problem = p.problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(name + ": " + problem);
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new ParameterValues(space, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
