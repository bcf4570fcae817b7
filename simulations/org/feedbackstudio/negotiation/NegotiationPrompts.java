package org.feedbackstudio.negotiation;

import org.feedbackstudio.core.ScenarioException;
import org.feedbackstudio.runtime.llm.PromptFolder;
import org.feedbackstudio.runtime.llm.ChatMessage;
import org.feedbackstudio.runtime.llm.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts of model-driven roles: the shipped ones in {@code assets/prompts/negotiation/}, or a user's
 * folder of edited copies (a file the folder lacks comes from the shipped set). A prompt file is a short
 * chat, as in the paper's prompt library: messages headed {@code ==== SYSTEM ====}, {@code ==== USER ====}
 * or {@code ==== ASSISTANT ====}. Each file may use only its own placeholders; another is refused with the
 * file's name, so a typo never reaches a model.
 */
public final class NegotiationPrompts {
    static final String SHIPPED = "assets/prompts/negotiation/";
    private static final Pattern HEADING = Pattern.compile("(?m)^====\\s*(SYSTEM|USER|ASSISTANT)\\s*====\\s*$");
    private static final Set<String> GAME = Set.of("item", "cost", "askPrice", "counterPrice", "turnLimit");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "seller.txt", GAME,
            "buyer.txt", GAME,
            "feedback-seller.txt", Set.of("item", "feedback", "previousPrice", "askPrice", "counterPrice"),
            "feedback-buyer.txt", Set.of("item", "feedback", "previousPrice", "askPrice", "counterPrice"),
            "critic-seller.txt", Set.of("item", "conversation"),
            "critic-buyer.txt", Set.of("item", "conversation"),
            "moderator.txt", Set.of("item", "lines"));

    private final Map<String, String> texts;
    private final String origin;

    private NegotiationPrompts(Map<String, String> texts, String origin) {
        this.texts = texts;
        this.origin = origin;
    }

    /** The shipped prompts. */
    public static NegotiationPrompts shipped() {
        try {
            return load("");
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * @param folder the user's folder, or empty for the shipped prompts
     * @throws ScenarioException (field parameters.promptFolder) when the folder or a file cannot be used
     */
    public static NegotiationPrompts load(String folder) throws ScenarioException {
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, PromptFolder.PromptFile> e : PromptFolder.read(folder, SHIPPED, ALLOWED).entrySet()) {
            String text = e.getValue().text();
            if (!HEADING.matcher(text).find()) {
                throw new ScenarioException(null, "parameters.promptFolder", e.getValue().where() + " has no message "
                        + "heading; start each message with a line ==== SYSTEM ====, ==== USER ==== or ==== ASSISTANT ====");
            }
            texts.put(e.getKey(), text);
        }
        return new NegotiationPrompts(Map.copyOf(texts), PromptFolder.origin(folder, SHIPPED));
    }

    /** Where the prompts came from, for messages. */
    public String origin() {
        return origin;
    }

    /** A side's opening chat, before the scripted first lines of the game. */
    List<ChatMessage> opening(Side side, GameRules rules) {
        return chat(side == Side.SELLER ? "seller.txt" : "buyer.txt", gameValues(rules));
    }

    /** What an improving side is told between games: the critic's feedback and the goal to beat. */
    List<ChatMessage> feedback(Side side, GameRules rules, String feedback, int previousPriceCents) {
        Map<String, String> v = new HashMap<>(gameValues(rules));
        v.put("feedback", feedback);
        v.put("previousPrice", Money.format(previousPriceCents));
        return chat(side == Side.SELLER ? "feedback-seller.txt" : "feedback-buyer.txt", v);
    }

    /** The critic's question about the improving side's whole history. */
    List<ChatMessage> critic(Side side, GameRules rules, String conversation) {
        return chat(side == Side.SELLER ? "critic-seller.txt" : "critic-buyer.txt",
                Map.of("item", rules.item(), "conversation", conversation));
    }

    /** The moderator's question about the last lines of a game. */
    List<ChatMessage> moderator(GameRules rules, String lines) {
        return chat("moderator.txt", Map.of("item", rules.item(), "lines", lines));
    }

    private static Map<String, String> gameValues(GameRules rules) {
        return Map.of("item", rules.item(), "cost", Money.format(rules.sellerCostCents()),
                "askPrice", Money.format(rules.askCents()), "counterPrice", Money.format(rules.counterCents()),
                "turnLimit", Integer.toString(rules.turnLimit()));
    }

    private List<ChatMessage> chat(String file, Map<String, String> values) {
        String text = texts.get(file);
        Matcher h = HEADING.matcher(text);
        List<ChatMessage> out = new ArrayList<>();
        Role role = null;
        int from = 0;
        while (h.find()) {
            if (role != null) {
                add(out, role, text.substring(from, h.start()), values);
            }
            role = Role.valueOf(h.group(1).toUpperCase(Locale.ROOT));
            from = h.end();
        }
        if (role != null) {
            add(out, role, text.substring(from), values);
        }
        return out;
    }

    private static void add(List<ChatMessage> out, Role role, String body, Map<String, String> values) {
        Matcher m = PromptFolder.PLACEHOLDER.matcher(body.strip());
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(filled);
        if (!filled.toString().isBlank()) {
            out.add(new ChatMessage(role, filled.toString()));
        }
    }
}
