package org.feedbackstudio.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of a simulator, carrying its own domain so that the studio can build a slider or a
 * choice box for it and the scenario reader can refuse values outside it.
 *
 * <p>A parameter is also the typed key of its value: a simulator declares each parameter once, as a
 * constant, and reads it with {@link ParameterValues#get(Parameter)}, takes live changes with
 * {@link ParameterChange#apply(Parameter, java.util.function.Consumer)}, and its views read the same
 * constant. The name is written in one place only.
 *
 * <p>Build one with the factories ({@link #integer}, {@link #real}, {@link #bool}, {@link #choice},
 * {@link #choiceList}, {@link #text}) and refine it with the {@code with…} methods.
 *
 * @param name         the name used in scenario files, {@code --set} and metric names
 * @param type         the kind of value
 * @param defaultValue the default, in the canonical type of {@code type}
 * @param min          lower bound (INTEGER, REAL), else null
 * @param max          upper bound (INTEGER, REAL), else null
 * @param step         slider step (INTEGER, REAL), else null
 * @param choices      allowed words (CHOICE, CHOICE_LIST), else empty
 * @param unit         unit or symbol shown beside the value, may be empty
 * @param help         one line of help, shown as a tooltip
 * @param group        the group the parameter sheet shows it under
 * @param live         whether a running simulation can take a new value without a reset
 * @param logScale     whether a slider should move on a logarithmic scale (wide ranges)
 * @param <T>          the canonical Java type of the value ({@link ParameterType})
 */
public record Parameter<T>(
        String name,
        ParameterType type,
        T defaultValue,
        Double min,
        Double max,
        Double step,
        List<String> choices,
        String unit,
        String help,
        String group,
        boolean live,
        boolean logScale) {

    /** The unit of a text parameter that names a folder; the studio offers a folder chooser for it. */
    public static final String FOLDER_UNIT = "folder";

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        help = help == null ? "" : help;
        group = group == null ? "General" : group;
        if (!name.matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new IllegalArgumentException("parameter names are camelCase words: " + name);
        }
        String problem = problemWith(type, defaultValue, min, max, choices);
        if (problem != null) {
            throw new IllegalArgumentException("default of " + name + " is invalid: " + problem);
        }
    }

    public static Parameter<Long> integer(String name, long defaultValue, long min, long max) {
        return new Parameter<>(name, ParameterType.INTEGER, defaultValue, (double) min, (double) max, 1.0,
                List.of(), "", "", null, false, false);
    }

    public static Parameter<Double> real(String name, double defaultValue, double min, double max, double step) {
        return new Parameter<>(name, ParameterType.REAL, defaultValue, min, max, step, List.of(), "", "", null,
                false, false);
    }

    public static Parameter<Boolean> bool(String name, boolean defaultValue) {
        return new Parameter<>(name, ParameterType.BOOLEAN, defaultValue, null, null, null, List.of(), "", "",
                null, false, false);
    }

    public static Parameter<String> choice(String name, String defaultValue, String... choices) {
        return new Parameter<>(name, ParameterType.CHOICE, defaultValue, null, null, null, List.of(choices), "",
                "", null, false, false);
    }

    /** A subset of {@code choices}; an empty default is allowed and its meaning belongs in the help. */
    public static Parameter<List<String>> choiceList(String name, List<String> defaultValue, String... choices) {
        return new Parameter<>(name, ParameterType.CHOICE_LIST, List.copyOf(defaultValue), null, null, null,
                List.of(choices), "", "", null, false, false);
    }

    public static Parameter<String> text(String name, String defaultValue) {
        return new Parameter<>(name, ParameterType.TEXT, defaultValue, null, null, null, List.of(), "", "", null,
                false, false);
    }

    public Parameter<T> withHelp(String newHelp) {
        return new Parameter<>(name, type, defaultValue, min, max, step, choices, unit, newHelp, group, live, logScale);
    }

    public Parameter<T> withUnit(String newUnit) {
        return new Parameter<>(name, type, defaultValue, min, max, step, choices, newUnit, help, group, live, logScale);
    }

    public Parameter<T> inGroup(String newGroup) {
        return new Parameter<>(name, type, defaultValue, min, max, step, choices, unit, help, newGroup, live, logScale);
    }

    /** Marks the parameter as changeable while a simulation runs. */
    public Parameter<T> changeableLive() {
        return new Parameter<>(name, type, defaultValue, min, max, step, choices, unit, help, group, true, logScale);
    }

    /** Marks a wide numeric range that a slider should cover logarithmically. */
    public Parameter<T> onLogScale() {
        return new Parameter<>(name, type, defaultValue, min, max, step, choices, unit, help, group, live, true);
    }

    /** A change of this parameter to {@code value}, for {@link Simulation#applyLive}. */
    public ParameterChange changeTo(T value) {
        return new ParameterChange(name, value);
    }

    /**
     * Checks a value already in canonical type against this parameter's domain.
     *
     * @return null when allowed, otherwise a sentence saying what is wrong
     */
    public String problemWith(Object value) {
        return problemWith(type, value, min, max, choices);
    }

    /** What values are allowed, in words, for error messages and help. */
    public String allowed() {
        return switch (type) {
            case INTEGER -> "a whole number from " + formatBound(min) + " to " + formatBound(max);
            case REAL -> "a number from " + formatBound(min) + " to " + formatBound(max);
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case CHOICE_LIST -> "a list of distinct values from " + String.join(", ", choices);
            case TEXT -> "text";
        };
    }

    /**
     * Converts a value typed by a user ({@code --set name=value}, a text field) to the canonical type.
     *
     * @throws IllegalArgumentException with a sentence saying what is allowed
     */
    public Object parse(String text) {
        String t = text.trim();
        Object value = switch (type) {
            case INTEGER -> parseWhole(t);
            case REAL -> parseReal(t);
            case BOOLEAN -> switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("\"" + t + "\" is not " + allowed());
            };
            case CHOICE, TEXT -> t;
            case CHOICE_LIST -> t.isEmpty() ? List.of() : splitList(t);
        };
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /** Converts a JSON-ish Java value (Number, Boolean, String, Collection) to the canonical type. */
    public Object coerce(Object raw) {
        Object value = switch (type) {
            case INTEGER -> {
                if (raw instanceof Number n && isWhole(n.doubleValue()) && !(raw instanceof Float)) {
                    yield n.longValue();
                }
                throw new IllegalArgumentException("expected " + allowed() + ", got " + show(raw));
            }
            case REAL -> {
                if (raw instanceof Number n) {
                    yield n.doubleValue();
                }
                throw new IllegalArgumentException("expected " + allowed() + ", got " + show(raw));
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                throw new IllegalArgumentException("expected " + allowed() + ", got " + show(raw));
            }
            case CHOICE, TEXT -> {
                if (raw instanceof String s) {
                    yield s;
                }
                throw new IllegalArgumentException("expected " + allowed() + ", got " + show(raw));
            }
            case CHOICE_LIST -> {
                if (raw instanceof Collection<?> c) {
                    List<String> out = new ArrayList<>();
                    for (Object o : c) {
                        if (!(o instanceof String s)) {
                            throw new IllegalArgumentException("expected " + allowed() + ", got " + show(raw));
                        }
                        out.add(s);
                    }
                    yield List.copyOf(out);
                }
                if (raw instanceof String s) {
                    yield s.isBlank() ? List.of() : splitList(s);
                }
                throw new IllegalArgumentException("expected " + allowed() + ", got " + show(raw));
            }
        };
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    /** Renders a canonical value the way a user would type it. */
    public String format(Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(o -> parts.add(String.valueOf(o)));
            return String.join(",", parts);
        }
        if (value instanceof Double d) {
            return formatBound(d);
        }
        return String.valueOf(value);
    }

    private static List<String> splitList(String t) {
        List<String> out = new ArrayList<>();
        for (String part : t.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return List.copyOf(out);
    }

    private Long parseWhole(String t) {
        try {
            return Long.parseLong(t.replace("_", ""));
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(t);
                if (isWhole(d)) {
                    return (long) d;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
            throw new IllegalArgumentException("\"" + t + "\" is not " + allowed());
        }
    }

    private Double parseReal(String t) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + t + "\" is not " + allowed());
        }
    }

    private static boolean isWhole(double d) {
        return Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.0e15;
    }

    private static String show(Object raw) {
        if (raw == null) {
            return "null";
        }
        if (raw instanceof String s) {
            return "\"" + s + "\"";
        }
        if (raw instanceof Double d) {
            return formatBound(d);
        }
        return raw.toString();
    }

    static String formatBound(Double d) {
        if (d == null) {
            return "?";
        }
        if (isWhole(d)) {
            return Long.toString(d.longValue());
        }
        return Double.toString(d);
    }

    private static String problemWith(ParameterType type, Object value, Double min, Double max, List<String> choices) {
        switch (type) {
            case INTEGER, REAL -> {
                if (!(type == ParameterType.INTEGER ? value instanceof Long : value instanceof Double)) {
                    return "expected a " + (type == ParameterType.INTEGER ? "whole number" : "number") + ", got "
                            + show(value);
                }
                double d = ((Number) value).doubleValue();
                if (!Double.isFinite(d)) {
                    return show(value) + " is not a finite number";
                }
                if (min == null || max == null || min > max) {
                    return "numeric parameters need min <= max";
                }
                if (d < min || d > max) {
                    return show(value) + " is out of range; allowed: " + formatBound(min) + " to " + formatBound(max);
                }
                return null;
            }
            case BOOLEAN -> {
                return value instanceof Boolean ? null : "expected true or false, got " + show(value);
            }
            case CHOICE -> {
                if (!(value instanceof String s)) {
                    return "expected one of " + String.join(", ", choices) + ", got " + show(value);
                }
                return choices.contains(s) ? null
                        : show(value) + " is not allowed; choose one of " + String.join(", ", choices);
            }
            case CHOICE_LIST -> {
                if (!(value instanceof List<?> list)) {
                    return "expected a list, got " + show(value);
                }
                if (new LinkedHashSet<>(list).size() != list.size()) {
                    return "the list " + list + " repeats a value";
                }
                for (Object o : list) {
                    if (!choices.contains(o)) {
                        return show(o) + " is not allowed; choose from " + String.join(", ", choices);
                    }
                }
                return null;
            }
            case TEXT -> {
                return value instanceof String ? null : "expected text, got " + show(value);
            }
            default -> throw new AssertionError(type);
        }
    }
}
