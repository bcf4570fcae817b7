package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.ExperimentReader;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioReader;
import org.feedbackstudio.core.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-based tests of the scenario and experiment readers and of the command line, with a fixed seed
 * so a failure repeats. Inputs are built from pieces known to be valid, pieces known to be invalid, and
 * random mutations whose validity is unknown. Whatever the input: no stack trace and no exception other
 * than a refusal; invalid input never exits 0; a refusal (exit 2) is one line plus where to read more, and
 * writes nothing.
 */
class CommandLineFuzzTest {
    private static final long SEED = 20261202L;
    private static final int COMMAND_LINES = 1200;
    private static final int DOCUMENTS = 3000;
    private static final Catalog WALK = new Catalog(List.of(new org.feedbackstudio.core.WalkFixture()));

    @TempDir
    Path dir;

    /** What is known about an input: valid, invalid, or unknown (a random mutation). */
    enum Known { VALID, INVALID, UNKNOWN;

        Known and(Known other) {
            if (this == INVALID || other == INVALID) {
                return INVALID;
            }
            return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : VALID;
        }
    }

    /** A piece of a command line and what is known about it. */
    record Piece(List<String> args, Known known) {
        static Piece of(Known known, String... args) {
            return new Piece(List.of(args), known);
        }
    }

    // ---- the command line, in process, on the walk fixture

    @Test
    void theCommandLineRefusesBadInputCleanlyAndWritesNothingWhenItRefuses() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        int refused = 0;
        int ran = 0;
        for (int i = 0; i < COMMAND_LINES; i++) {
            Path home = Files.createDirectories(dir.resolve("case-" + i));
            boolean sweep = random.nextBoolean();
            List<String> args = new ArrayList<>();
            args.add(sweep ? "sweep" : "run");
            Known known = scenario(random, home, sweep, args);
            List<Piece> options = new ArrayList<>();
            int sets = random.nextInt(3) == 0 ? 1 : 0;
            for (int s = 0; s < sets; s++) {
                options.add(set(random));
            }
            if (sweep) {
                int varies = random.nextInt(3) == 0 ? 2 : 1;
                List<String> names = new ArrayList<>();
                for (int v = 0; v < varies; v++) {
                    Piece p = vary(random);
                    String name = p.args().get(1).split("=", 2)[0];
                    // The same parameter twice is refused; a --set of a varied parameter is its base value.
                    options.add(names.contains(name) ? new Piece(p.args(), Known.INVALID) : p);
                    names.add(name);
                }
                if (random.nextInt(4) == 0) {
                    options.add(pick(random, Piece.of(Known.VALID, "--seeds", "2"), Piece.of(Known.VALID, "--seeds", "1"),
                            Piece.of(Known.INVALID, "--seeds", "0"), Piece.of(Known.INVALID, "--seeds", "-2"),
                            Piece.of(Known.INVALID, "--seeds", "2000000000"), Piece.of(Known.INVALID, "--seeds", "x")));
                } else {
                    options.add(Piece.of(Known.VALID, "--seeds", "2"));
                }
                if (random.nextInt(4) == 0) {
                    options.add(pick(random, Piece.of(Known.VALID, "--threads", "1"),
                            Piece.of(Known.VALID, "--threads", "2"), Piece.of(Known.INVALID, "--threads", "0"),
                            Piece.of(Known.INVALID, "--threads", "-3")));
                }
            } else {
                if (random.nextInt(3) == 0) {
                    options.add(pick(random, Piece.of(Known.VALID, "--every", "7"), Piece.of(Known.INVALID, "--every", "0"),
                            Piece.of(Known.INVALID, "--every", "-1"), Piece.of(Known.INVALID, "--every", "often")));
                }
                if (random.nextInt(3) == 0) {
                    options.add(pick(random, Piece.of(Known.VALID, "--events", "none"), Piece.of(Known.VALID, "--events", "move"),
                            Piece.of(Known.VALID, "--events", "all"), Piece.of(Known.INVALID, "--events", "bogus"),
                            Piece.of(Known.INVALID, "--events", ""), Piece.of(Known.INVALID, "--events", "move,,")));
                }
                if (random.nextInt(4) == 0) {
                    options.add(pick(random, Piece.of(Known.VALID, "--max-events-size", "1KB"),
                            Piece.of(Known.VALID, "--max-events", "3"), Piece.of(Known.INVALID, "--max-events", "-1"),
                            Piece.of(Known.INVALID, "--max-events-size", "lots")));
                }
            }
            if (random.nextInt(5) == 0) {
                options.add(pick(random, Piece.of(Known.VALID, "--seed", String.valueOf(random.nextLong())),
                        Piece.of(Known.INVALID, "--seed", "seven"), Piece.of(Known.INVALID, "--bogus")));
            }
            Path out = home.resolve("out");
            Path existingFile = Files.writeString(home.resolve("a-file"), "mine");
            options.add(random.nextInt(6) != 0 ? Piece.of(Known.VALID, "--out", out.toString()) : pick(random,
                    Piece.of(Known.INVALID, "--out", ""), Piece.of(Known.INVALID, "--out", existingFile.toString()),
                    Piece.of(Known.INVALID, "--out", home.resolve("x/a/../b").toString())));
            java.util.Collections.shuffle(options, new java.util.Random(random.nextLong()));
            for (Piece p : options) {
                args.addAll(p.args());
                known = known.and(p.known());
            }

            TreeMap<String, String> before = listing(home);
            CliTest.Result r = CliTest.cli(WALK_ARGS(args));
            String where = "case " + i + ": " + args + "\nexit " + r.code() + "\n" + r.err();
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + where);
            assertTrue(r.code() >= 0 && r.code() <= 2, where);
            if (known == Known.INVALID) {
                assertEquals(2, r.code(), "invalid input is refused: " + where);
            }
            if (known == Known.VALID) {
                assertTrue(r.code() == 0 || r.code() == 1, "valid input runs: " + where);
            }
            if (r.code() == 2) {
                refused++;
                String[] lines = r.err().strip().split("\n");
                assertEquals(2, lines.length, "one line, then where to read more: " + where);
                assertTrue(lines[0].startsWith("error: ") && lines[1].startsWith("see: "), where);
                assertEquals(before, listing(home), "a refusal writes nothing: " + where);
            } else {
                ran++;
            }
            delete(home);
        }
        assertTrue(refused > COMMAND_LINES / 5 && ran > COMMAND_LINES / 5,
                "both kinds of case are exercised: " + refused + " refused, " + ran + " ran");
    }

    private static String[] WALK_ARGS(List<String> args) {
        return args.toArray(String[]::new);
    }

    /** Writes the case's scenario file and adds it to the arguments. */
    private static Known scenario(SplittableRandom random, Path home, boolean sweep, List<String> args)
            throws IOException {
        StringBuilder parameters = new StringBuilder();
        Known known = Known.VALID;
        List<String> fields = new ArrayList<>();
        if (random.nextBoolean()) {
            fields.add("\"steps\": " + (1 + random.nextInt(150)));
        }
        if (random.nextBoolean()) {
            fields.add("\"upProbability\": " + random.nextInt(101) / 100.0);
        }
        if (random.nextInt(4) == 0) {
            fields.add("\"start\": \"" + (random.nextBoolean() ? "zero" : "ten") + "\"");
        }
        if (!sweep && random.nextInt(8) == 0) {
            fields.add("\"failAt\": 1"); // valid: the run fails at its first step (exit 1)
        }
        if (random.nextInt(10) == 0) {
            Piece bad = pick(random, Piece.of(Known.INVALID, "\"steps\": 0"), Piece.of(Known.INVALID, "\"steps\": -4"),
                    Piece.of(Known.INVALID, "\"steps\": \"many\""), Piece.of(Known.INVALID, "\"upProbability\": 1.5"),
                    Piece.of(Known.INVALID, "\"start\": \"middle\""), Piece.of(Known.INVALID, "\"stpes\": 5"),
                    Piece.of(Known.INVALID, "\"refuseStart\": true"), Piece.of(Known.INVALID, "\"steps\": 10, \"failAt\": 20"),
                    Piece.of(Known.INVALID, "\"steps\": 1e400"), Piece.of(Known.INVALID, "\"start\": null"));
            fields.removeIf(f -> f.startsWith(bad.args().get(0).substring(0, bad.args().get(0).indexOf(':'))));
            fields.add(bad.args().get(0));
            known = Known.INVALID;
        }
        parameters.append(String.join(", ", fields));
        String seed = random.nextInt(5) == 0 ? "" : "\"seed\": " + random.nextLong() + ", ";
        String text = "{\"simulator\": \"walk\", " + seed + "\"parameters\": {" + parameters + "}}";
        if (random.nextInt(20) == 0) {
            text = pick(random, "{\"simulator\": \"wlak\"}", "{\"parameters\": {}}", "[]", "", "{\"simulator\": 3}",
                    "{\"simulator\": \"walk\", \"seed\": 1.5}", "{\"simulator\": \"walk\"} {}", "{\"simulator\": \"walk\",}");
            known = Known.INVALID;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0) {
            bytes = mutate(random, bytes);
            known = Known.UNKNOWN;
        }
        Path file = home.resolve("scenario.json");
        Files.write(file, bytes);
        if (random.nextInt(25) == 0) {
            args.add(home.resolve("absent.json").toString());
            return Known.INVALID;
        }
        args.add(file.toString());
        return known;
    }

    private static Piece set(SplittableRandom random) {
        if (random.nextInt(3) != 0) {
            return pick(random,
                    Piece.of(Known.VALID, "--set", "steps=" + (1 + random.nextInt(150))),
                    Piece.of(Known.VALID, "--set", "upProbability=" + random.nextInt(101) / 100.0),
                    Piece.of(Known.VALID, "--set", "start=ten"));
        }
        return pick(random,
                Piece.of(Known.INVALID, "--set", "steps=0"),
                Piece.of(Known.INVALID, "--set", "steps=abc"),
                Piece.of(Known.INVALID, "--set", "upProbability=2"),
                Piece.of(Known.INVALID, "--set", "start=middle"),
                Piece.of(Known.INVALID, "--set", "unknown=1"),
                Piece.of(Known.INVALID, "--set", "steps"),
                Piece.of(Known.INVALID, "--set", "=5"),
                Piece.of(Known.INVALID, "--set", "steps="),
                Piece.of(Known.INVALID, "--set", "refuseStart=true"),
                Piece.of(Known.UNKNOWN, "--set", garbage(random)));
    }

    private static Piece vary(SplittableRandom random) {
        int a = random.nextInt(50);
        int b = 50 + random.nextInt(51);
        if (random.nextInt(3) != 0) {
            return pick(random,
                    Piece.of(Known.VALID, "--vary", "upProbability=" + a / 100.0 + "," + b / 100.0),
                    Piece.of(Known.VALID, "--vary", "upProbability=" + a / 100.0),
                    Piece.of(Known.VALID, "--vary", "steps=lin:10:100:" + (1 + random.nextInt(3))),
                    Piece.of(Known.VALID, "--vary", "steps=log:10:100:2"),
                    Piece.of(Known.VALID, "--vary", "start=zero,ten"));
        }
        return pick(random,
                Piece.of(Known.INVALID, "--vary", "upProbability=0.5,0.5"),
                Piece.of(Known.INVALID, "--vary", "upProbability=1.5"),
                Piece.of(Known.INVALID, "--vary", "unknown=1,2"),
                Piece.of(Known.INVALID, "--vary", "steps=lin:1:10:0"),
                Piece.of(Known.INVALID, "--vary", "steps=lin:1:10"),
                Piece.of(Known.INVALID, "--vary", "steps=log:0:10:3"),
                Piece.of(Known.INVALID, "--vary", "steps=lin:1:NaN:3"),
                Piece.of(Known.INVALID, "--vary", "steps=lin:1:1000000:2000000000"),
                Piece.of(Known.INVALID, "--vary", "upProbability="),
                Piece.of(Known.INVALID, "--vary", "upProbability=0.1,,0.2"),
                Piece.of(Known.UNKNOWN, "--vary", garbage(random)));
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String garbage(SplittableRandom random) {
        String alphabet = "steps=upProbability,;:lin:log0123456789.-eE+ =\"'\\{}[]é\u0000\u00ff";
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(20);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** One to three random edits: a byte removed, inserted (any value, so UTF-8 may break) or replaced. */
    private static byte[] mutate(SplittableRandom random, byte[] bytes) {
        List<Byte> b = new ArrayList<>();
        for (byte x : bytes) {
            b.add(x);
        }
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.size());
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (!b.isEmpty()) {
                        b.remove(at);
                    }
                }
                case 1 -> b.add(at, (byte) random.nextInt(256));
                default -> {
                    if (!b.isEmpty()) {
                        String syntax = "{}[]\",:0123456789.-truefalsnl \n\t";
                        b.set(at, (byte) syntax.charAt(random.nextInt(syntax.length())));
                    }
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static TreeMap<String, String> listing(Path root) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                out.put(root.relativize(p).toString(), Files.isRegularFile(p)
                        ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : "/");
            }
        }
        return out;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- the readers, on every registered simulator

    @Test
    void theReadersAcceptOrRefuseAnyDocumentAndNothingElse() {
        Catalog catalog = Catalog.standard();
        ScenarioReader scenarios = new ScenarioReader(catalog);
        ExperimentReader experiments = new ExperimentReader(catalog);
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int accepted = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            Simulator simulator = catalog.all().get(random.nextInt(catalog.all().size()));
            boolean experiment = random.nextInt(3) == 0;
            String text = experiment ? experimentDocument(random, simulator) : scenarioDocument(random, simulator);
            if (random.nextInt(4) == 0) {
                text = new String(mutate(random, text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
            try {
                if (experiment) {
                    experiments.read(text, "fuzz.json", dir);
                } else {
                    scenarios.read(text, "fuzz.json");
                }
                accepted++;
            } catch (ScenarioException e) {
                assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
                assertTrue(e.getMessage().startsWith("fuzz.json"), "names the file: " + e.getMessage());
                assertTrue(e.getMessage().length() < 2000, "a message, not a dump: " + e.getMessage());
                assertFalse(e.getMessage().contains("com.fasterxml") || e.getMessage().contains("[Source"),
                        "no parser internals: " + e.getMessage());
            } catch (RuntimeException | Error e) {
                fail("case " + i + " threw " + e + " for:\n" + text, e);
            }
        }
        assertTrue(accepted > DOCUMENTS / 20 && accepted < DOCUMENTS * 19 / 20,
                "both accepted and refused documents are exercised: " + accepted);
    }

    private static String scenarioDocument(SplittableRandom random, Simulator simulator) {
        List<String> fields = new ArrayList<>();
        if (random.nextInt(10) != 0) {
            fields.add("\"simulator\": " + (random.nextInt(10) == 0 ? value(random) : "\"" + simulator.id() + "\""));
        }
        if (random.nextBoolean()) {
            fields.add("\"seed\": " + (random.nextInt(5) == 0 ? value(random) : String.valueOf(random.nextLong())));
        }
        if (random.nextInt(4) != 0) {
            fields.add("\"parameters\": " + parameters(random, simulator));
        }
        if (random.nextInt(6) == 0) {
            fields.add("\"stop\": " + (random.nextBoolean() ? "{\"afterTicks\": " + random.nextInt(1000) + "}"
                    : value(random)));
        }
        if (random.nextInt(8) == 0) {
            fields.add("\"" + pick(random, "name", "description", "model", "extra") + "\": " + value(random));
        }
        java.util.Collections.shuffle(fields, new java.util.Random(random.nextLong()));
        return "{" + String.join(", ", fields) + "}";
    }

    private static String parameters(SplittableRandom random, Simulator simulator) {
        List<String> entries = new ArrayList<>();
        for (Parameter<?> p : simulator.parameters().all()) {
            if (random.nextInt(3) == 0) {
                entries.add("\"" + p.name() + "\": " + (random.nextInt(3) == 0 ? value(random)
                        : toJson(p.defaultValue())));
            }
        }
        if (random.nextInt(10) == 0) {
            entries.add("\"notAParameter\": 1");
        }
        return "{" + String.join(", ", entries) + "}";
    }

    private static String experimentDocument(SplittableRandom random, Simulator simulator) {
        List<String> fields = new ArrayList<>();
        fields.add("\"base\": " + (random.nextInt(5) == 0 ? value(random) : scenarioDocument(random, simulator)));
        fields.add("\"seed\": " + (random.nextInt(6) == 0 ? value(random) : String.valueOf(random.nextInt(100))));
        if (random.nextBoolean()) {
            List<Parameter<?>> all = simulator.parameters().all();
            Parameter<?> p = all.get(random.nextInt(all.size()));
            String spec = pick(random, "[" + toJson(p.defaultValue()) + "]", value(random),
                    "\"lin:1:10:" + pick(random, "3", "0", "200000", "x") + "\"",
                    "{\"log\": [1, 100, " + pick(random, "2", "-1", "1e9", "300000") + "]}");
            fields.add("\"vary\": {\"" + (random.nextInt(8) == 0 ? "nope" : p.name()) + "\": " + spec + "}");
        }
        if (random.nextBoolean()) {
            fields.add("\"replicates\": " + pick(random, "1", "3", "0", "-1", "100001", "2.5", value(random)));
        }
        if (random.nextInt(4) == 0) {
            fields.add("\"keep\": " + pick(random, "\"final\"", "{\"mean\": {\"lastTicks\": 5}}",
                    "{\"series\": {\"every\": 0}}", value(random)));
        }
        if (random.nextInt(5) == 0) {
            fields.add("\"conditions\": " + pick(random, "{\"a\": {}, \"b\": {}}", "{\"A\": {}, \"a\": {}}", value(random)));
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /** A random JSON value: any type, edge numbers, odd text, nesting. */
    private static String value(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 4 -> pick(random, "1e400", "-1e400", "0", "-0", "123456789012345678901234567890", "1.0E-330");
            case 5 -> "\"" + pick(random, "", "text", "ünïcödé", "\\u0000", "a\\nb", "x".repeat(300)) + "\"";
            case 6 -> "[" + value(random) + ", " + value(random) + "]";
            case 7 -> "{\"k\": " + value(random) + "}";
            case 8 -> "[]";
            case 9 -> "{}";
            case 10 -> "\"preset:" + pick(random, "switching-costs/bandit", "nope/none", "../../etc/passwd") + "\"";
            default -> String.valueOf(random.nextInt(2000) - 1000);
        };
    }

    private static String toJson(Object v) {
        if (v instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (v instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(o -> items.add(toJson(o)));
            return "[" + String.join(", ", items) + "]";
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
