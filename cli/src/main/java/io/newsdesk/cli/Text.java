package io.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;

/** Small text helpers for terminal output. */
final class Text {

    private Text() {}

    /** The text on one line, cut with an ellipsis to at most {@code max} characters ("" for null). */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    /** A count with its noun: "1 entry", "2 entries", "0 entries". */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** The text, or {@code placeholder} when there is none to show. */
    static String orPlaceholder(String text, String placeholder) {
        return text == null || text.isBlank() ? placeholder : text;
    }

    /** Prints rows as left-aligned columns; the last column is not padded. */
    static void printTable(PrintWriter out, List<String[]> rows) {
        int columns = rows.getFirst().length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(row[i]);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
