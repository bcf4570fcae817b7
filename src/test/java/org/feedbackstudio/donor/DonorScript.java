package org.feedbackstudio.donor;

import org.feedbackstudio.runtime.llm.ScriptedServer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted model for Donor Game tests: deterministic in the prompt, so two servers give the same
 * answers; strategies state a generosity, donations give that share of what the donor has. Agents whose
 * number is divisible by {@code stubbornEvery} never answer in the format.
 */
final class DonorScript {
    private static final Pattern NAME = Pattern.compile("Your name is (\\d+)_(\\d+)");
    private static final Pattern HAVE = Pattern.compile("You currently have ([0-9.]+) units");

    private DonorScript() {
    }

    static ScriptedServer.Response answer(ScriptedServer.Received r, int stubbornEvery) {
        String prompt = r.lastUser();
        Matcher name = NAME.matcher(prompt);
        int number = name.find() ? Integer.parseInt(name.group(2)) : 1;
        int percent = 10 * (Math.floorMod(prompt.hashCode(), 9) + 1);
        if (!prompt.contains("You currently have")) { // not a donation: a strategy prompt
            return ScriptedServer.openAi("Thinking step by step, reciprocity pays.\nMy strategy will be to give "
                    + percent + "% of my units to players who gave at least half.", 150, 30);
        }
        if (stubbornEvery > 0 && number % stubbornEvery == 0) {
            return ScriptedServer.openAi("Once upon a time there was a little dog.", 300, 9);
        }
        Matcher have = HAVE.matcher(prompt);
        double units = have.find() ? Math.floor(Double.parseDouble(have.group(1)) * percent / 100.0) : 0;
        return ScriptedServer.openAi("Justification: I follow my strategy.\nAnswer: " + (long) units, 400, 20);
    }
}
