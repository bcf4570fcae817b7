package org.feedbackstudio.core;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A new value for one parameter of a running simulation (the studio's live changes). A simulation
 * matches it against its own parameters with {@link #apply}, which hands over the value typed and
 * already checked against the parameter's domain, so no simulation casts or checks bounds itself.
 *
 * @param name  the parameter's name
 * @param value the new value, in the parameter's canonical type
 */
public record ParameterChange(String name, Object value) {
    public ParameterChange {
        Objects.requireNonNull(name, "name");
    }

    /**
     * If this change is to {@code parameter} and its value lies in the parameter's domain, passes the value
     * to {@code action} and answers true; otherwise leaves {@code action} alone and answers false.
     */
    @SuppressWarnings("unchecked")
    public <T> boolean apply(Parameter<T> parameter, Consumer<? super T> action) {
        if (!parameter.name().equals(name) || parameter.problemWith(value) != null) {
            return false;
        }
        action.accept((T) value); // problemWith checked the canonical type of T
        return true;
    }

    /** Whether this change is to {@code parameter}, whatever its value. */
    public boolean isTo(Parameter<?> parameter) {
        return parameter.name().equals(name);
    }
}
