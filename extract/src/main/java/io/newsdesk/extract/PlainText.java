package io.newsdesk.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Tidying the short plain-text values pages state in metadata (titles, names, descriptions). */
final class PlainText {

    private PlainText() {}

    /**
     * Drops tags (some JSON-LD descriptions hold markup) or else decodes HTML entities (metadata
     * is often escaped twice: "&amp;#8217;"), collapses whitespace including non-breaking
     * spaces, and trims.
     *
     * @return the clean text, or {@code null} when nothing is left
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value;
        if (text.indexOf('<') >= 0) {
            text = Jsoup.parseBodyFragment(text).text();
        } else if (text.indexOf('&') >= 0) {
            text = Entities.unescape(Entities.unescape(text));
        }
        String collapsed = collapseWhitespace(text);
        return collapsed.isEmpty() ? null : collapsed;
    }

    /** Collapses runs of whitespace (any Unicode space, including no-break) into one space. */
    static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = !out.isEmpty();
            } else if (c != '\u200B' && c != '\uFEFF') {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
