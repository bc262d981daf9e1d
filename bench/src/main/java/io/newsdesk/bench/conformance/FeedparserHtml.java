package io.newsdesk.bench.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rewrites Newsdesk's sanitized HTML in the serialization style of feedparser's sanitizer, which
 * is how its tests spell expected values: attributes in alphabetical order, void elements closed
 * XHTML-style ({@code <br />}), a self-closed SVG or MathML element ({@code <circle r="1"/>}) as
 * its start tag alone (feedparser drops the slash and writes no end tag), and without the link policy
 * Newsdesk's sanitizer adds to every link ({@code rel="noopener noreferrer nofollow"}), which is
 * the reader's, not the publisher's. Text, tags and attribute values stay as sanitized.
 */
final class FeedparserHtml {

    private static final String LINK_POLICY = "noopener noreferrer nofollow";

    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");

    /** An attribute as serialized: its name and its text from the name on ({@code href="…"}). */
    private record Attribute(String name, String text) {}

    private FeedparserHtml() {}

    static String style(String html) {
        if (html == null || html.indexOf('<') < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 16);
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' && i + 1 < html.length() && Character.isLetter(html.charAt(i + 1))) {
                i = startTag(html, i, out);
            } else if (c == '<') {
                int end = html.indexOf('>', i);
                end = end < 0 ? html.length() : end + 1;
                out.append(html, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies the start tag at {@code from} in feedparser's style; returns where it ends. */
    private static int startTag(String html, int from, StringBuilder out) {
        int i = from + 1;
        int nameStart = i;
        while (i < html.length() && !Character.isWhitespace(html.charAt(i)) && html.charAt(i) != '>' && html.charAt(i) != '/') {
            i++;
        }
        String name = html.substring(nameStart, i);
        List<Attribute> attributes = new ArrayList<>();
        while (i < html.length() && html.charAt(i) != '>') {
            if (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == '/') {
                i++;
                continue;
            }
            int attributeStart = i;
            while (i < html.length() && html.charAt(i) != '=' && html.charAt(i) != '>' && !Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            String attributeName = html.substring(attributeStart, i);
            if (i < html.length() && html.charAt(i) == '=') {
                i++;
                char quote = html.charAt(i);
                int close = quote == '"' || quote == '\'' ? html.indexOf(quote, i + 1) : -1;
                i = close < 0 ? i : close + 1;
            }
            attributes.add(new Attribute(attributeName, html.substring(attributeStart, i)));
        }
        attributes.sort(Comparator.comparing(Attribute::name));
        out.append('<').append(name);
        for (Attribute attribute : attributes) {
            if (!(name.equals("a") && attribute.text().equals("rel=\"" + LINK_POLICY + "\""))) {
                out.append(' ').append(attribute.text());
            }
        }
        out.append(VOID_ELEMENTS.contains(name) ? " />" : ">");
        return Math.min(i + 1, html.length());
    }
}
