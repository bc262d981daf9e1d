package io.newsdesk.parse.opml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes OPML 2.0: feeds without a category first, then one folder outline per category. */
final class OpmlWriter {

    private final StringBuilder out = new StringBuilder(4096);

    private OpmlWriter() {}

    static String write(String title, List<OpmlFeed> feeds) {
        return new OpmlWriter().document(title, feeds);
    }

    private String document(String title, List<OpmlFeed> feeds) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<opml version=\"2.0\">\n");
        out.append("  <head>\n");
        out.append("    <title>");
        escape(title == null ? "" : title, false);
        out.append("</title>\n");
        out.append("  </head>\n");
        out.append("  <body>\n");
        Map<String, List<OpmlFeed>> byCategory = new LinkedHashMap<>();
        for (OpmlFeed feed : feeds) {
            if (feed.category() == null || feed.category().isBlank()) {
                feed(feed, "    ");
            } else {
                byCategory.computeIfAbsent(feed.category().strip(), category -> new ArrayList<>()).add(feed);
            }
        }
        for (Map.Entry<String, List<OpmlFeed>> category : byCategory.entrySet()) {
            out.append("    <outline");
            attribute("text", category.getKey());
            attribute("title", category.getKey());
            out.append(">\n");
            for (OpmlFeed feed : category.getValue()) {
                feed(feed, "      ");
            }
            out.append("    </outline>\n");
        }
        out.append("  </body>\n");
        out.append("</opml>\n");
        return out.toString();
    }

    private void feed(OpmlFeed feed, String indent) {
        String name = feed.title() == null || feed.title().isBlank() ? feed.xmlUrl() : feed.title();
        out.append(indent).append("<outline type=\"rss\"");
        attribute("text", name);
        attribute("title", name);
        attribute("xmlUrl", feed.xmlUrl());
        if (feed.htmlUrl() != null && !feed.htmlUrl().isBlank()) {
            attribute("htmlUrl", feed.htmlUrl());
        }
        out.append("/>\n");
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
    }

    /** Escapes markup characters; drops characters XML cannot hold at all. */
    private void escape(String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append(attribute ? "&#13;" : "\r");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
