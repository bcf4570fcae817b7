package org.feedbackstudio.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import org.feedbackstudio.runtime.llm.ScriptedServer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A scripted model for negotiation tests, deterministic in the messages it is sent, so that it can play every
 * role at once and two servers give the same answers. The seller asks $18, $17, $16, … and the buyer offers
 * $12, $13, $14, …; the seller accepts a price at least its own next one ("Deal, $P it is."), the buyer a price at
 * most a dollar above its own next one ("Deal! I'll take it for $P."). With every feedback it has had, the seller
 * starts a dollar higher. With the paper's opening the first game ends in exchange 4 when the buyer takes the
 * seller's $15; a seller with one feedback asks $19, $18, $17, $16 and the buyer takes $16 in exchange 4.
 */
public final class NegotiationScript {
    /** The chat a request carried. */
    public record Chat(String system, List<String[]> messages) {
        /** The text of the last message of this role, or "". */
        public String last(String role) {
            for (int i = messages.size() - 1; i >= 0; i--) {
                if (messages.get(i)[0].equals(role)) {
                    return messages.get(i)[1];
                }
            }
            return "";
        }

        public String user() {
            return last("user");
        }

        /** The messages after the last one of {@code role} that contains {@code marker}. */
        List<String[]> after(String role, String marker) {
            int at = -1;
            for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i)[0].equals(role) && messages.get(i)[1].contains(marker)) {
                    at = i;
                }
            }
            return messages.subList(at + 1, messages.size());
        }

        public long count(String role, String containing) {
            return messages.stream().filter(m -> m[0].equals(role) && m[1].contains(containing)).count();
        }

        public boolean is(String roleWord) {
            return system.contains("play as a " + roleWord);
        }
    }

    private NegotiationScript() {
    }

    public static Chat chat(ScriptedServer.Received r) {
        JsonNode messages = r.body().path("messages");
        String system = "";
        List<String[]> all = new ArrayList<>();
        for (JsonNode m : messages) {
            String role = m.path("role").asText();
            String content = m.path("content").asText();
            if (role.equals("system")) {
                system = content;
            } else {
                all.add(new String[]{role, content});
            }
        }
        return new Chat(system, all);
    }

    /** The standard script: every role answers in form. */
    public static ScriptedServer.Response answer(ScriptedServer.Received r) {
        return answer(r, c -> null);
    }

    /** The standard script, unless {@code override} answers a chat first (null: no override). */
    public static ScriptedServer.Response answer(ScriptedServer.Received r, Function<Chat, String> override) {
        Chat c = chat(r);
        String special = override.apply(c);
        boolean hard = r.body().path("model").asText().contains("hard");
        return ScriptedServer.openAi(special != null ? special : standard(c, hard), 100, 10);
    }

    /**
     * The script's answer. A model whose name contains "hard" bargains harder: as seller it starts a dollar
     * higher; as buyer it offers $11, $12, $13, … and accepts only a price at most its own next offer.
     */
    static String standard(Chat c, boolean hard) {
        if (c.is("moderator")) {
            String prompt = c.user();
            String tail = prompt.substring(prompt.lastIndexOf("Now decide"), prompt.lastIndexOf("question:")).strip();
            String lastLine = tail.substring(tail.lastIndexOf('\n') + 1);
            boolean agreed = lastLine.contains("Deal!") || lastLine.contains(" it is.");
            return agreed ? "Both sides agreed. Deal: yes, price " + Money.format(PriceReading.cents(lastLine))
                    : "They are still bargaining. Deal: no";
        }
        if (c.is("coach")) {
            return "Here are my suggestions:\n1. Open with confidence and hold your price longer.\n"
                    + "2. Concede in small steps, only after the buyer moves.\n3. Stress the quality of the balloon.";
        }
        if (c.is("seller")) {
            long feedback = c.count("user", "Here is the feedback from the critic");
            int turn = (int) c.after("user", "how much is the balloon?").stream()
                    .filter(m -> m[0].equals("assistant")).count(); // the scripted opening counts as 1
            int next = 1800 + 100 * (int) feedback + (hard ? 100 : 0) - 100 * (turn - 1);
            int buyerSaid = PriceReading.cents(c.user());
            if (buyerSaid >= next) {
                return "Deal, " + Money.format(buyerSaid) + " it is.";
            }
            return "I can let it go for " + Money.format(next) + ".";
        }
        if (c.is("buyer")) {
            int turn = (int) c.after("assistant", "how much is the balloon?").stream()
                    .filter(m -> m[0].equals("assistant")).count();
            int next = (hard ? 1000 : 1100) + 100 * turn;
            int sellerSaid = PriceReading.cents(c.user());
            if (sellerSaid >= 0 && sellerSaid <= next + (hard ? 0 : 100)) {
                return "Deal! I'll take it for " + Money.format(sellerSaid) + ".";
            }
            return "Would you take " + Money.format(next) + "?";
        }
        return "I do not know my part.";
    }
}
