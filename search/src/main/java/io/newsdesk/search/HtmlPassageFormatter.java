package io.newsdesk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Renders the highlighter's passages as HTML that is safe to insert into a page: the text is
 * escaped, and matches, merged where they overlap or touch, are wrapped in {@code <mark>}. The
 * result keeps each passage's offsets and score so passages of several fields can be weighed
 * against each other.
 */
final class HtmlPassageFormatter extends PassageFormatter {

    static final String MARK_OPEN = "<mark>";
    static final String MARK_CLOSE = "</mark>";

    /** The formatted passages of one field of one document, in text order. */
    record FormattedField(List<HighlightedPassage> passages) {}

    @Override
    public FormattedField format(Passage[] passages, String content) {
        List<HighlightedPassage> formatted = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            formatted.add(format(passage, content));
        }
        return new FormattedField(List.copyOf(formatted));
    }

    private static HighlightedPassage format(Passage passage, String content) {
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        StringBuilder html = new StringBuilder(end - start + 32);
        int position = start;
        for (int[] match : mergedMatches(passage)) {
            appendEscaped(html, content, position, match[0]);
            html.append(MARK_OPEN);
            appendEscaped(html, content, match[0], match[1]);
            html.append(MARK_CLOSE);
            position = match[1];
        }
        appendEscaped(html, content, position, end);
        return new HighlightedPassage(
                start,
                end,
                passage.getScore(),
                passage.getNumMatches() > 0,
                isBlank(content, 0, start),
                isBlank(content, end, content.length()),
                html.toString().strip());
    }

    /**
     * The passage's match ranges, sorted and with overlapping or adjacent ones merged: a phrase
     * match may also report its words separately.
     */
    private static List<int[]> mergedMatches(Passage passage) {
        int count = passage.getNumMatches();
        int[][] ranges = new int[count][];
        for (int i = 0; i < count; i++) {
            ranges[i] = new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]};
        }
        Arrays.sort(ranges, Comparator.comparingInt(range -> range[0]));
        List<int[]> merged = new ArrayList<>(count);
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static boolean isBlank(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code content[from, to)} escaped, with each run of whitespace as one space. */
    private static void appendEscaped(StringBuilder html, String content, int from, int to) {
        boolean inWhitespace = false;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inWhitespace) {
                    html.append(' ');
                }
                inWhitespace = true;
                continue;
            }
            inWhitespace = false;
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
