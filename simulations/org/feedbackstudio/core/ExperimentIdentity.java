package org.feedbackstudio.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * What makes two experiments the same experiment: their resolved JSON (base scenario written out in full,
 * seed included, the grid, replicates, conditions, what is kept), compared field by field. The order of
 * fields does not matter, except among the varied parameters and the conditions, whose order numbers the
 * grid points and the condition folders. A fingerprint of that canonical form binds each row of sweep.csv
 * to the experiment that wrote it.
 */
public final class ExperimentIdentity {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DIFFERENCES = 3;

    private ExperimentIdentity() {
    }

    /** The canonical text of a resolved experiment. */
    public static String canonical(String json) {
        try {
            return canonical(MAPPER.readTree(json), "").toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** A short hex digest of the canonical text, plus a suffix (e.g. a condition's folder). */
    public static String fingerprint(String json, String suffix) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((canonical(json) + "\n" + suffix).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The fields in which {@code now} differs from {@code was}, in words ("base.seed: 1 in the folder, 2
     * now"), at most a few; empty when they are the same experiment.
     */
    public static List<String> differences(JsonNode was, JsonNode now) {
        List<String> out = new ArrayList<>();
        compare(canonical(was, ""), canonical(now, ""), "", out);
        return out;
    }

    private static void compare(JsonNode was, JsonNode now, String path, List<String> out) {
        // Text, not equals(): an object's equals ignores the order of its fields, which can matter here.
        if (out.size() >= MAX_DIFFERENCES || was.toString().equals(now.toString())) {
            return;
        }
        String where = path.isEmpty() ? "the experiment" : path;
        if (was.isObject() && now.isObject()) {
            int before = out.size();
            TreeSet<String> names = new TreeSet<>();
            was.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path.isEmpty() ? name : path + "." + name;
                if (!was.has(name)) {
                    add(out, child + ": not set in the folder, " + brief(now.get(name)) + " now");
                } else if (!now.has(name)) {
                    add(out, child + ": " + brief(was.get(name)) + " in the folder, not set now");
                } else {
                    compare(was.get(name), now.get(name), child, out);
                }
            }
            if (out.size() == before && orderMatters(path)) {
                add(out, where + ": the same entries in another order (" + String.join(", ", names(was))
                        + " in the folder, " + String.join(", ", names(now)) + " now)");
            }
            return;
        }
        add(out, where + ": " + brief(was) + " in the folder, " + brief(now) + " now");
    }

    private static void add(List<String> out, String s) {
        if (out.size() < MAX_DIFFERENCES) {
            out.add(s);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String brief(JsonNode node) {
        String s = node.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Among the varied parameters and the conditions the order numbers points and folders. */
    private static boolean orderMatters(String path) {
        return path.equals("vary") || path.equals("conditions");
    }

    /** Objects with their fields sorted by name, except where the order matters. */
    private static JsonNode canonical(JsonNode node, String path) {
        if (node.isObject()) {
            ObjectNode out = MAPPER.createObjectNode();
            List<String> names = names(node);
            if (!orderMatters(path)) {
                names.sort(null);
            }
            for (String name : names) {
                out.set(name, canonical(node.get(name), path.isEmpty() ? name : path + "." + name));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = MAPPER.createArrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(canonical(it.next(), path + "[]"));
            }
            return out;
        }
        return node;
    }
}
