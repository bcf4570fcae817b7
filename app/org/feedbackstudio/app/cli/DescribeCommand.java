package org.feedbackstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.ChartSpec;
import org.feedbackstudio.core.MetricSpec;
import org.feedbackstudio.core.Parameter;
import org.feedbackstudio.core.ParameterType;
import org.feedbackstudio.core.ParameterValues;
import org.feedbackstudio.core.Preset;
import org.feedbackstudio.core.Presets;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.core.ScenarioWriter;
import org.feedbackstudio.core.Simulator;
import org.feedbackstudio.runtime.llm.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code describe ID}: the simulator's parameters and metric series as JSON. */
@Command(name = "describe", description = "Describe a simulator as JSON: parameters (name, type, default, "
        + "bounds or choices, unit, help) and metric series.")
final class DescribeCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "simulator id (see `list`)")
    String id;

    DescribeCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        Simulator s = catalog.require(id);
        spec.commandLine().getOut().println(MAPPER.writeValueAsString(describe(catalog, s)));
        return Cli.OK;
    }

    /** The scenario's optional model block: its fields, defaults and what is allowed. */
    static ObjectNode modelBlock() {
        ObjectNode block = MAPPER.createObjectNode();
        block.put("help", "Optional. The language model that model-driven agents ask (agentMode model); keys come "
                + "only from the environment variable apiKeyEnv names.");
        ArrayNode fields = block.putArray("fields");
        field(fields, "backend", "choice", null, "openai | anthropic | embedded (llama.cpp in the studio's process)")
                .putArray("choices").add("openai").add("anthropic").add("embedded");
        field(fields, "baseUrl", "text", null, "the server's address: openai up to /v1 (Ollama "
                + ModelSpec.OLLAMA_URL + "); anthropic defaults to " + ModelSpec.ANTHROPIC_URL + "; none for embedded");
        field(fields, "model", "text", null, "the model's name on the server; for embedded, the GGUF file's path");
        field(fields, "apiKeyEnv", "text", null, "the NAME of the environment variable holding the key (anthropic: "
                + ModelSpec.ANTHROPIC_KEY_ENV + "); sent only over https or to this machine");
        field(fields, "temperature", "real", ModelSpec.DEFAULT_TEMPERATURE, "0 to 2 (anthropic: up to 1)");
        field(fields, "topP", "real", ModelSpec.DEFAULT_TOP_P, "above 0, at most 1");
        field(fields, "maxTokens", "integer", ModelSpec.DEFAULT_MAX_TOKENS, "1 to 1000000: the longest answer");
        field(fields, "concurrency", "integer", ModelSpec.DEFAULT_CONCURRENCY, "1 to 256 calls in flight at once");
        field(fields, "timeoutSeconds", "integer", ModelSpec.DEFAULT_TIMEOUT_SECONDS, "1 to 3600 per answer");
        field(fields, "retries", "integer", ModelSpec.DEFAULT_RETRIES, "0 to 20 tries after a rate limit, server "
                + "error, timeout or lost connection");
        field(fields, "reasks", "integer", ModelSpec.DEFAULT_REASKS, "0 to 20 re-asks of an answer that cannot be "
                + "read, before the decision falls back");
        field(fields, "prices", "object", null, "optional {inputPerMillion, outputPerMillion}: cost per million tokens");
        return block;
    }

    private static ObjectNode field(ArrayNode fields, String name, String type, Object def, String help) {
        ObjectNode f = fields.addObject();
        f.put("name", name);
        f.put("type", type);
        if (def != null) {
            f.set("default", ScenarioWriter.valueNode(def instanceof Integer i ? (Object) i.longValue() : def));
        }
        f.put("help", help);
        return f;
    }

    static ObjectNode describe(Catalog catalog, Simulator s) throws ScenarioException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", s.id());
        root.put("title", s.title());
        root.put("summary", s.summary());
        root.put("tick", s.tickName());
        root.put("benchUnit", s.workUnit());
        ArrayNode parameters = root.putArray("parameters");
        for (Parameter<?> p : s.parameters().all()) {
            ObjectNode node = parameters.addObject();
            node.put("name", p.name());
            node.put("type", p.type().jsonName());
            node.set("default", ScenarioWriter.valueNode(p.defaultValue()));
            if (p.type() == ParameterType.INTEGER) {
                node.put("min", p.min().longValue());
                node.put("max", p.max().longValue());
                node.put("step", p.step().longValue());
            } else if (p.type() == ParameterType.REAL) {
                node.put("min", p.min());
                node.put("max", p.max());
                node.put("step", p.step());
            }
            if (!p.choices().isEmpty()) {
                ArrayNode choices = node.putArray("choices");
                p.choices().forEach(choices::add);
            }
            node.put("unit", p.unit());
            node.put("help", p.help());
            node.put("group", p.group());
            node.put("live", p.live());
        }
        root.set("model", modelBlock());
        ParameterValues defaults = s.parameters().defaults();
        ArrayNode metrics = root.putArray("metrics");
        for (MetricSpec m : s.metrics(defaults)) {
            ObjectNode node = metrics.addObject();
            node.put("name", m.name());
            node.put("label", m.label());
            node.put("unit", m.unit());
            node.put("cadence", m.cadence() == MetricSpec.Cadence.TICK ? "tick" : "milestone");
        }
        ArrayNode charts = root.putArray("charts");
        for (ChartSpec c : s.charts(defaults)) {
            ObjectNode node = charts.addObject();
            node.put("title", c.title());
            ArrayNode names = node.putArray("metrics");
            c.metrics().forEach(names::add);
        }
        ArrayNode presets = root.putArray("presets");
        List<Preset> list = Presets.of(catalog, s.id());
        for (Preset p : list) {
            ObjectNode node = presets.addObject();
            node.put("name", p.title());
            node.put("ref", PresetsCommand.reference(p));
        }
        return root;
    }
}
