package org.feedbackstudio.app.gui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the small Markdown subset the Info pages use — headings (#, ##, ###), paragraphs, bullet
 * lists (- ), numbered lists (1. ), **bold**, *italic* and `code` — as JavaFX text, no web engine.
 */
public final class MarkdownView {
    private MarkdownView() {
    }

    public static VBox render(String markdown) {
        VBox page = new VBox(8);
        page.getStyleClass().add("markdown");
        page.setPadding(new Insets(12, 18, 18, 18));
        List<String> paragraph = new ArrayList<>();
        for (String raw : markdown.split("\r?\n")) {
            String line = raw.stripTrailing();
            if (line.isBlank()) {
                flush(page, paragraph);
                continue;
            }
            if (line.startsWith("#")) {
                flush(page, paragraph);
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                Label heading = new Label(line.substring(level).strip());
                heading.getStyleClass().add("md-h" + Math.min(level, 3));
                heading.setWrapText(true);
                page.getChildren().add(heading);
            } else if (line.matches("\\s*[-*] .*") || line.matches("\\s*\\d+\\. .*")) {
                flush(page, paragraph);
                boolean numbered = line.strip().matches("\\d+\\. .*");
                String bullet = numbered ? line.strip().substring(0, line.strip().indexOf(' ')) : "•";
                String text = line.strip().substring(line.strip().indexOf(' ') + 1);
                int indent = line.length() - line.stripLeading().length();
                Label mark = new Label(bullet);
                mark.setMinWidth(22);
                TextFlow flow = inline(text);
                HBox item = new HBox(4, mark, flow);
                item.setPadding(new Insets(0, 0, 0, 8 + indent * 6));
                item.getStyleClass().add("md-item");
                page.getChildren().add(item);
            } else if (!paragraph.isEmpty() || !line.startsWith("  ")) {
                paragraph.add(line.strip());
            } else {
                // a continuation of the last list item
                Node lastNode = page.getChildren().isEmpty() ? null : page.getChildren().get(page.getChildren().size() - 1);
                if (lastNode instanceof HBox item && item.getChildren().get(1) instanceof TextFlow flow) {
                    flow.getChildren().add(new Text(" "));
                    flow.getChildren().addAll(inline(line.strip()).getChildren());
                } else {
                    paragraph.add(line.strip());
                }
            }
        }
        flush(page, paragraph);
        return page;
    }

    private static void flush(VBox page, List<String> paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        TextFlow flow = inline(String.join(" ", paragraph));
        flow.getStyleClass().add("md-p");
        page.getChildren().add(flow);
        paragraph.clear();
    }

    /** Inline spans: **bold**, *italic*, `code`. */
    static TextFlow inline(String text) {
        TextFlow flow = new TextFlow();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String style = null;
            String marker = null;
            if (text.startsWith("**", i)) {
                marker = "**";
                style = "md-bold";
            } else if (text.charAt(i) == '`') {
                marker = "`";
                style = "md-code";
            } else if (text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                marker = "*";
                style = "md-italic";
            }
            int end = marker == null ? -1 : text.indexOf(marker, i + marker.length());
            if (marker != null && end > i + marker.length() - 1) {
                addText(flow, plain.toString(), null);
                plain.setLength(0);
                addText(flow, text.substring(i + marker.length(), end), style);
                i = end + marker.length();
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        addText(flow, plain.toString(), null);
        return flow;
    }

    private static void addText(TextFlow flow, String s, String style) {
        if (s.isEmpty()) {
            return;
        }
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        if (style != null) {
            t.getStyleClass().add(style);
        }
        flow.getChildren().add(t);
    }
}
