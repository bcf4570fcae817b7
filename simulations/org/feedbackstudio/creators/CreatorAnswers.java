package org.feedbackstudio.creators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.feedbackstudio.runtime.llm.AnswerReader;
import org.feedbackstudio.runtime.llm.Reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads model-driven creators' answers: the slow-thinking decision from its "Decision:" and "Genre:" lines,
 * the fast-thinking item from a JSON object. Both are pure functions of the text, so replays read the same.
 */
final class CreatorAnswers {
    private static final Pattern DECISION = Pattern.compile("(?i)decision\\s*[:：]\\s*[*_`\\[]*\\s*(explore|exploit)");
    private static final Pattern GENRE = Pattern.compile("(?i)genre\\s*[:：]\\s*[*_`\\[]*\\s*([^\\n*_`\\]]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int LONGEST_TEXT = 500;
    static final int MOST_TAGS = 10;

    private CreatorAnswers() {
    }

    /** What slow thinking decided. */
    record Choice(Mode mode, int genre) {
    }

    /** What fast thinking made. */
    record Item(String name, List<String> tags, String description) {
    }

    /** The genre a name stands for (case, spacing and "and" for "&" aside), or -1. */
    static int genreOf(String text, List<String> genres) {
        String wanted = normal(text);
        for (int g = 0; g < genres.size(); g++) {
            if (normal(genres.get(g)).equals(wanted)) {
                return g;
            }
        }
        return -1;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z]+", " ").strip();
    }

    /** The last "Decision: EXPLORE|EXPLOIT" and the last "Genre: <one of the genres>" of the answer. */
    static AnswerReader<Choice> decision(List<String> genres) {
        return text -> {
            Matcher d = DECISION.matcher(text);
            String mode = null;
            while (d.find()) {
                mode = d.group(1);
            }
            if (mode == null) {
                return Reading.unreadable("no \"Decision: EXPLORE\" or \"Decision: EXPLOIT\" line");
            }
            Matcher g = GENRE.matcher(text);
            String named = null;
            while (g.find()) {
                named = g.group(1).strip();
            }
            if (named == null) {
                return Reading.unreadable("no \"Genre: <genre>\" line");
            }
            int genre = genreOf(named.replaceAll("[.\\s]+$", ""), genres);
            if (genre < 0) {
                return Reading.unreadable("\"" + named + "\" is not one of the genres: " + String.join(", ", genres));
            }
            Mode m = mode.equalsIgnoreCase("explore") ? Mode.EXPLORE : Mode.EXPLOIT;
            return Reading.read(new Choice(m, genre), m.id() + " " + genres.get(genre));
        };
    }

    /** A JSON object with a name, the decided genre, and optionally tags and a description. */
    static AnswerReader<Item> item(String genre, List<String> genres) {
        return text -> {
            int from = text.indexOf('{');
            int to = text.lastIndexOf('}');
            if (from < 0 || to < from) {
                return Reading.unreadable("no JSON object {\"name\": …, \"genre\": …}");
            }
            JsonNode node;
            try {
                node = JSON.readTree(text.substring(from, to + 1));
            } catch (JsonProcessingException e) {
                return Reading.unreadable("the JSON object does not parse: " + e.getOriginalMessage());
            }
            if (!node.isObject() || !node.path("name").isTextual() || node.path("name").asText().isBlank()) {
                return Reading.unreadable("the JSON object has no \"name\"");
            }
            String itemGenre = node.path("genre").asText("");
            if (genreOf(itemGenre, genres) != genreOf(genre, genres)) {
                return Reading.unreadable("the item's genre \"" + itemGenre + "\" is not the genre decided, " + genre);
            }
            List<String> tags = new ArrayList<>();
            for (JsonNode t : node.path("tags")) {
                if (t.isTextual() && !t.asText().isBlank() && tags.size() < MOST_TAGS) {
                    tags.add(clip(t.asText().strip()));
                }
            }
            String name = clip(node.path("name").asText().strip().replaceAll("\\s+", " "));
            String description = clip(node.path("description").asText("").strip().replaceAll("\\s+", " "));
            return Reading.read(new Item(name, List.copyOf(tags), description), "item \"" + name + "\"");
        };
    }

    private static String clip(String s) {
        return s.length() > LONGEST_TEXT ? s.substring(0, LONGEST_TEXT) + "…" : s;
    }
}
