package org.feedbackstudio.core;

/**
 * Bad input from a user: a scenario that cannot be read or run as written. The message says where
 * (the file or option, the field, and the line and column when known) and what is allowed.
 */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String field;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param source  where the input came from: a file name, "--set", "the studio"; may be null
     * @param field   the dotted path of the offending field, e.g. "parameters.horizon"; may be null
     * @param line    1-based line in the source, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong and what is allowed
     */
    public ScenarioException(String source, String field, int line, int column, String problem) {
        super(compose(source, field, line, column, problem));
        this.source = source;
        this.field = field;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public ScenarioException(String source, String field, String problem) {
        this(source, field, 0, 0, problem);
    }

    /** A value of {@code parameter} that the simulator refuses (a rule between parameters, say). */
    public static ScenarioException about(Parameter<?> parameter, String problem) {
        return new ScenarioException(null, "parameters." + parameter.name(), problem);
    }

    public String source() {
        return source;
    }

    public String field() {
        return field;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    /** The same problem, attributed to another source (e.g. once the file name is known). */
    public ScenarioException from(String newSource) {
        return new ScenarioException(newSource, field, line, column, problem);
    }

    private static String compose(String source, String field, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        sb.append(problem);
        return visible(sb.toString());
    }

    /** A message is one line: control characters a user's input brought in are shown escaped. */
    private static String visible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r"
                        : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
