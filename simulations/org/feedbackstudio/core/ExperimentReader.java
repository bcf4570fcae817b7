package org.feedbackstudio.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads experiment files strictly, like {@link ScenarioReader}: an unknown field, a wrong type or an
 * out-of-range value is one error naming the file, the field (with line and column) and what is allowed.
 *
 * <pre>
 * {
 *   "name": "Punishment on and off",
 *   "base": "preset:donor-game/paper",          // or a scenario file beside this one, or a scenario object
 *   "seed": 7,                                   // optional: the root seed, instead of the base's
 *   "vary": {                                    // optional: the grid
 *     "agents": [12, 24, 48],                    //   a list
 *     "horizon": {"log": [1000, 1000000, 7]},    //   FROM, TO, COUNT, log-spaced (or "log:1000:1000000:7")
 *     "cost": {"lin": [0.1, 0.9, 5]}             //   evenly spaced (or "lin:0.1:0.9:5")
 *   },
 *   "replicates": 10,                            // seeds per grid point (default 5)
 *   "conditions": {                              // optional: compared on the same grid and seeds
 *     "no punishment": {"punishment": false},
 *     "punishment": {"punishment": true}
 *   },
 *   "keep": "final"                              // or {"mean": {"fromTick": 500, "toTick": 1000}},
 * }                                              //    {"mean": {"lastTicks": 100}}, {"series": {"every": 10}}
 * </pre>
 */
public final class ExperimentReader {
    private static final List<String> FIELDS = List.of("name", "description", "base", "seed", "vary", "replicates",
            "conditions", "keep");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int DEFAULT_REPLICATES = 5;

    private final Catalog catalog;

    public ExperimentReader(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Whether a JSON document is an experiment rather than a scenario (it has a "base"). */
    public static boolean isExperiment(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            return root != null && root.isObject() && root.has("base");
        } catch (IOException e) {
            return false;
        }
    }

    public Experiment read(Path file) throws ScenarioException {
        String source = file.toString();
        String text = TextFiles.readUtf8(file, source);
        Path folder = file.toAbsolutePath().getParent();
        return read(text, source, folder);
    }

    /**
     * Parses an experiment from JSON text.
     *
     * @param source the name used in messages
     * @param folder where a base scenario named by a relative path is looked for; may be null
     */
    public Experiment read(String json, String source, Path folder) throws ScenarioException {
        LocatedJson doc = LocatedJson.parse(json, source);
        JsonNode root = doc.root();
        if (!root.isObject()) {
            throw at(doc, source, "", "an experiment is a JSON object such as "
                    + "{\"base\": \"preset:switching-costs/bandit\", \"vary\": {\"horizon\": [1000, 10000]}}");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw at(doc, source, field, "unknown field; allowed: " + String.join(", ", FIELDS));
            }
        }
        String name = text(doc, source, root, "name");
        String description = text(doc, source, root, "description");
        Base read = base(doc, source, root.get("base"), folder);
        Scenario base = read.scenario();
        JsonNode seedNode = root.get("seed");
        if (seedNode != null) {
            if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
                throw at(doc, source, "seed", "expected a whole number (a 64-bit integer), got " + seedNode);
            }
            base = base.withSeed(seedNode.asLong());
        } else if (!read.seeded()) {
            throw new ScenarioException(source, "seed", "missing: the base scenario names no seed, and an experiment "
                    + "needs a fixed root seed so that it can be repeated and resumed; add \"seed\": 1 (any whole number)");
        }
        Simulator simulator = catalog.require(base.simulator());

        int replicates = DEFAULT_REPLICATES;
        JsonNode replicatesNode = root.get("replicates");
        if (replicatesNode != null) {
            if (!replicatesNode.isIntegralNumber() || !replicatesNode.canConvertToInt() || replicatesNode.asInt() < 1
                    || replicatesNode.asInt() > Experiment.MAX_RUNS) {
                throw at(doc, source, "replicates", "expected a whole number from 1 to " + Experiment.MAX_RUNS
                        + ", got " + replicatesNode);
            }
            replicates = replicatesNode.asInt();
        }

        List<Sweep.Axis> axes = new ArrayList<>();
        Set<String> logAxes = new LinkedHashSet<>();
        JsonNode vary = root.get("vary");
        if (vary != null) {
            if (!vary.isObject()) {
                throw at(doc, source, "vary", "expected an object of parameter: values, such as "
                        + "{\"horizon\": {\"log\": [1000, 1000000, 7]}, \"agents\": [12, 24]}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = vary.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "vary." + e.getKey();
                Sweep.Axis axis = axis(doc, source, path, simulator, e.getKey(), e.getValue());
                axes.add(axis);
                if (isLogSpec(e.getValue())) {
                    logAxes.add(axis.parameter());
                }
            }
        }
        Set<String> varied = new HashSet<>();
        axes.forEach(a -> varied.add(a.parameter()));

        List<Experiment.Condition> conditions = conditions(doc, source, root.get("conditions"), simulator, varied);
        Keep keep = keep(doc, source, root.get("keep"));

        long runs = (long) replicates * Math.max(1, conditions.size());
        for (Sweep.Axis a : axes) {
            runs *= a.values().size();
            if (runs > Experiment.MAX_RUNS) {
                break;
            }
        }
        if (runs > Experiment.MAX_RUNS) {
            throw at(doc, source, "vary", String.format(Locale.ROOT, "the experiment would hold more than %,d runs "
                    + "(conditions × grid points × replicates); use fewer values or replicates, or split it",
                    Experiment.MAX_RUNS));
        }

        List<Sweep> sweeps = new ArrayList<>();
        List<Experiment.Condition> each = conditions.isEmpty()
                ? List.of(new Experiment.Condition("", "", Map.of())) : conditions;
        for (Experiment.Condition c : each) {
            ParameterValues values = base.parameters();
            for (Map.Entry<String, Object> o : c.overrides().entrySet()) {
                values = values.with(o.getKey(), o.getValue());
            }
            String where = c.name().isEmpty() ? "vary" : "conditions." + c.name();
            try {
                simulator.check(values);
                sweeps.add(new Sweep(simulator, base.withParameters(values), axes, replicates));
            } catch (ScenarioException e) {
                throw at(doc, source, where, (e.source() == null ? "" : e.source() + ": ")
                        + (e.field() == null ? "" : e.field() + ": ") + e.problem());
            }
        }

        ObjectNode resolved = ((ObjectNode) root).deepCopy();
        resolved.set("base", ScenarioWriter.toTree(base));
        resolved.remove("seed");
        String text;
        try {
            text = MAPPER.writeValueAsString(resolved) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
        return new Experiment(name, description, base, axes, logAxes, conditions, replicates, keep, sweeps, text);
    }

    /** The base scenario, and whether it names its seed (an experiment needs a fixed root seed). */
    private record Base(Scenario scenario, boolean seeded) {
    }

    private Base base(LocatedJson doc, String source, JsonNode node, Path folder) throws ScenarioException {
        if (node == null) {
            throw new ScenarioException(source, "base", "missing; name the scenario every run starts from: "
                    + "\"preset:ID/NAME\", a scenario file, or a scenario object");
        }
        ScenarioReader reader = new ScenarioReader(catalog);
        if (node.isObject()) {
            try {
                return new Base(reader.read(node.toString(), source), node.has("seed"));
            } catch (ScenarioException e) {
                String field = e.field() == null ? "base" : "base." + e.field();
                throw at(doc, source, field, e.problem());
            }
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw at(doc, source, "base", "expected \"preset:ID/NAME\", a scenario file name or a scenario object, got "
                    + node);
        }
        String ref = node.asText();
        String json;
        String name;
        if (ref.startsWith("preset:")) {
            String preset = ref.substring("preset:".length());
            name = ref;
            json = Presets.readResource("assets/scenarios/" + preset + (preset.endsWith(".json") ? "" : ".json"));
            if (json == null) {
                throw at(doc, source, "base", "no such preset " + ref + "; `presets` lists them");
            }
        } else {
            Path file;
            try {
                file = Path.of(ref);
            } catch (java.nio.file.InvalidPathException e) {
                throw at(doc, source, "base", "\"" + ref + "\" is not a valid file name (" + e.getReason() + ")");
            }
            if (!file.isAbsolute() && folder != null) {
                file = folder.resolve(file);
            }
            name = file.toString();
            try {
                json = TextFiles.readUtf8(file, name);
            } catch (ScenarioException e) {
                throw at(doc, source, "base", "cannot read the scenario " + e.getMessage());
            }
        }
        try {
            return new Base(reader.read(json, name), LocatedJson.parse(json, name).root().has("seed"));
        } catch (ScenarioException e) {
            throw at(doc, source, "base", e.getMessage());
        }
    }

    private static boolean isLogSpec(JsonNode node) {
        return (node.isTextual() && node.asText().strip().startsWith("log:")) || (node.isObject() && node.has("log"));
    }

    private static Sweep.Axis axis(LocatedJson doc, String source, String path, Simulator simulator, String name,
                                   JsonNode node) throws ScenarioException {
        Parameter p = simulator.parameters().find(name).orElseThrow(() -> at(doc, source, path,
                "unknown parameter for " + simulator.id() + "; known: "
                        + String.join(", ", simulator.parameters().names())));
        String spec;
        if (node.isArray()) {
            if (node.isEmpty()) {
                throw at(doc, source, path, "an empty list; give at least one value");
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                Object v;
                try {
                    v = p.coerce(toJava(node.get(i)));
                } catch (IllegalArgumentException e) {
                    throw at(doc, source, path + "[" + i + "]", e.getMessage());
                }
                if (values.contains(v)) {
                    throw at(doc, source, path + "[" + i + "]", p.format(v) + " is listed twice");
                }
                values.add(v);
            }
            return new Sweep.Axis(p.name(), values);
        } else if (node.isTextual()) {
            spec = node.asText().strip();
        } else if (node.isObject() && node.size() == 1 && (node.has("log") || node.has("lin"))) {
            String kind = node.has("log") ? "log" : "lin";
            JsonNode range = node.get(kind);
            if (!range.isArray() || range.size() != 3 || !range.get(0).isNumber() || !range.get(1).isNumber()
                    || !range.get(2).isIntegralNumber()) {
                throw at(doc, source, path + "." + kind, "expected [FROM, TO, COUNT], e.g. [1000, 1000000, 7]");
            }
            spec = kind + ":" + range.get(0).asText() + ":" + range.get(1).asText() + ":" + range.get(2).asText();
        } else {
            throw at(doc, source, path, "expected a list of values, {\"log\": [FROM, TO, COUNT]}, "
                    + "{\"lin\": [FROM, TO, COUNT]}, or the command line's text (\"log:1000:1000000:7\"), got " + node);
        }
        try {
            return Sweep.parseAxis(simulator, p.name() + "=" + spec);
        } catch (ScenarioException e) {
            throw at(doc, source, path, e.problem());
        }
    }

    private static List<Experiment.Condition> conditions(LocatedJson doc, String source, JsonNode node,
                                                         Simulator simulator, Set<String> varied)
            throws ScenarioException {
        List<Experiment.Condition> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isObject() || node.isEmpty()) {
            throw at(doc, source, "conditions", "expected an object of named overrides, such as "
                    + "{\"without\": {\"punishment\": false}, \"with\": {\"punishment\": true}}");
        }
        Set<String> folders = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String path = "conditions." + name;
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9 _.+-]{0,63}")) {
                throw at(doc, source, path, "a condition's name starts with a letter or digit and has at most 64 "
                        + "letters, digits, spaces and . _ + - (it names a folder)");
            }
            String folder = name.toLowerCase(Locale.ROOT).replace(' ', '-');
            if (!folders.add(folder)) {
                throw at(doc, source, path, "two conditions would share the folder " + folder + "; rename one");
            }
            if (!e.getValue().isObject()) {
                throw at(doc, source, path, "expected an object of parameter values, got " + e.getValue());
            }
            Map<String, Object> overrides = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> o = f.next();
                String field = path + "." + o.getKey();
                Parameter p = simulator.parameters().find(o.getKey()).orElseThrow(() -> at(doc, source, field,
                        "unknown parameter for " + simulator.id() + "; known: "
                                + String.join(", ", simulator.parameters().names())));
                if (varied.contains(p.name())) {
                    throw at(doc, source, field, p.name() + " is varied in \"vary\"; a condition may not set it too");
                }
                try {
                    overrides.put(p.name(), p.coerce(toJava(o.getValue())));
                } catch (IllegalArgumentException ex) {
                    throw at(doc, source, field, ex.getMessage());
                }
            }
            out.add(new Experiment.Condition(name, folder, overrides));
        }
        return out;
    }

    private static Keep keep(LocatedJson doc, String source, JsonNode node) throws ScenarioException {
        String allowed = "\"final\", {\"mean\": {\"fromTick\": A, \"toTick\": B}}, {\"mean\": {\"lastTicks\": N}} or "
                + "{\"series\": {\"every\": N}}";
        if (node == null || (node.isTextual() && node.asText().equals("final"))) {
            return new Keep.Final();
        }
        if (!node.isObject() || node.size() != 1) {
            throw at(doc, source, "keep", "expected " + allowed + ", got " + node);
        }
        String kind = node.fieldNames().next();
        JsonNode body = node.get(kind);
        String path = "keep." + kind;
        switch (kind) {
            case "final" -> {
                if (!body.isObject() || !body.isEmpty()) {
                    throw at(doc, source, path, "expected {} (or write \"keep\": \"final\")");
                }
                return new Keep.Final();
            }
            case "mean" -> {
                Map<String, Long> f = wholeFields(doc, source, path, body, List.of("fromTick", "toTick", "lastTicks"));
                if (f.containsKey("lastTicks")) {
                    if (f.size() != 1) {
                        throw at(doc, source, path, "give either lastTicks or fromTick (and toTick), not both");
                    }
                    if (f.get("lastTicks") < 1) {
                        throw at(doc, source, path + ".lastTicks", "expected a whole number >= 1");
                    }
                    return new Keep.MeanOfLast(f.get("lastTicks"));
                }
                Long from = f.get("fromTick");
                long to = f.getOrDefault("toTick", 0L);
                if (from == null) {
                    throw at(doc, source, path, "expected fromTick (and optionally toTick) or lastTicks");
                }
                if (from < 1) {
                    throw at(doc, source, path + ".fromTick", "expected a whole number >= 1 (ticks count from 1)");
                }
                if (f.containsKey("toTick") && to < from) {
                    throw at(doc, source, path + ".toTick", "expected a tick >= fromTick (" + from + ")");
                }
                return new Keep.MeanBetween(from, to);
            }
            case "series" -> {
                Map<String, Long> f = wholeFields(doc, source, path, body, List.of("every"));
                Long every = f.get("every");
                if (every == null || every < 1) {
                    throw at(doc, source, path + ".every", "expected a whole number of ticks >= 1");
                }
                return new Keep.Series(every);
            }
            default -> throw at(doc, source, path, "unknown kind of keep; expected " + allowed);
        }
    }

    private static Map<String, Long> wholeFields(LocatedJson doc, String source, String path, JsonNode body,
                                                 List<String> allowed) throws ScenarioException {
        if (!body.isObject()) {
            throw at(doc, source, path, "expected an object with " + String.join(", ", allowed));
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!allowed.contains(e.getKey())) {
                throw at(doc, source, path + "." + e.getKey(), "unknown field; allowed: " + String.join(", ", allowed));
            }
            if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToLong()) {
                throw at(doc, source, path + "." + e.getKey(), "expected a whole number, got " + e.getValue());
            }
            out.put(e.getKey(), e.getValue().asLong());
        }
        return out;
    }

    private static String text(LocatedJson doc, String source, JsonNode root, String field) throws ScenarioException {
        JsonNode node = root.get(field);
        if (node == null) {
            return "";
        }
        if (!node.isTextual()) {
            throw at(doc, source, field, "expected text, got " + node);
        }
        return node.asText();
    }

    private static ScenarioException at(LocatedJson doc, String source, String field, String problem) {
        return new ScenarioException(source, field.isEmpty() ? null : field, doc.line(field), doc.column(field),
                problem);
    }

    private static Object toJava(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.asDouble();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(n -> list.add(toJava(n)));
            return list;
        }
        return node.toString();
    }
}
