package org.feedbackstudio.app.cli;

import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Scenario;
import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.runtime.llm.ModelCheck;
import org.feedbackstudio.runtime.llm.ModelEnvironment;
import org.feedbackstudio.runtime.llm.ModelException;
import org.feedbackstudio.runtime.llm.ModelSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code model-check SCENARIO}: sends the scenario's model one short prompt and prints the reply and the
 * latency; exits 2 with the reason when it does not answer.
 */
@Command(name = "model-check", description = "Send the scenario's model one short prompt; print the reply and "
        + "latency, or exit 2 with the reason.")
final class ModelCheckCommand implements Callable<Integer> {
    private final Catalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "a scenario JSON file with a model block, or preset:REF")
    String source;

    ModelCheckCommand(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = ScenarioSource.load(catalog, source);
        ModelSpec model = scenario.model();
        if (model == null) {
            throw new ScenarioException(source, "model", "the scenario has no model block to check; add one such as "
                    + "{\"backend\": \"openai\", \"baseUrl\": \"" + ModelSpec.OLLAMA_URL + "\", \"model\": \"llama3.2\"}");
        }
        out.println("model: " + model.describe());
        try {
            ModelCheck.Result r = ModelCheck.run(model, ModelEnvironment.system());
            out.println("reply: " + r.reply().strip());
            out.printf(Locale.ROOT, "latency: %.0f ms (%d tokens in, %d out)%n", r.usage().latencyMillis(),
                    r.usage().inputTokens(), r.usage().outputTokens());
            return Cli.OK;
        } catch (ModelException e) {
            err.println("error: model-check: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
    }
}
