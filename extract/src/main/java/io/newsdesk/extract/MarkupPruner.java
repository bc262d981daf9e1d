package io.newsdesk.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A pass over a page's markup before it is parsed that leaves out what is never article text and
 * costs the parser most of its time: scripts (except JSON-LD, which carries metadata), style
 * sheets, inline SVG drawings and comments. On news pages these are over half of the markup; left
 * out here, they are neither tokenized nor built into the tree nor walked by every later pass.
 *
 * <p>Tags are recognised by the HTML standard's rules, so that a {@code <script>} inside an
 * attribute value, a title, a text area or a bogus comment is not taken for one, and a script ends
 * where a browser ends it (including the "escaped" {@code <!-- <script> -->} states). An SVG
 * drawing is left out only when it ends properly and holds no HTML element that would break out of
 * it; at a drawing that does not (or an empty {@code <svg/>}), pruning stops and the rest of the page is kept as it is, since
 * parsers differ on such markup.
 *
 * <p>The markup kept is capped at {@link #MAX_KEPT_CHARS}: a page with more is cut there, and says
 * so, so that no page can take unbounded time or memory.
 */
final class MarkupPruner {

    /** Markup kept beyond this is cut off (a long article with all its markup is a tenth of it). */
    static final int MAX_KEPT_CHARS = 2 * 1024 * 1024;

    /** Longer than the longest character reference's name ("&CounterClockwiseContourIntegral;"). */
    private static final int LONGEST_REFERENCE = 40;

    /**
     * Start tags at which a browser leaves SVG for HTML content (the HTML standard's rules for
     * foreign content).
     */
    private static final Set<String> BREAKOUT_TAGS = Set.of(
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
            "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
            "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
            "sub", "sup", "table", "tt", "u", "ul", "var", "font");

    /**
     * The markup to parse.
     *
     * @param markup the page with scripts, styles, drawings and comments left out
     * @param truncated whether the page was cut at {@link #MAX_KEPT_CHARS}
     */
    record Pruned(String markup, boolean truncated) {}

    private final String html;
    private final int length;
    private final int maxKept;
    private final StringBuilder out;
    /** Start of the markup read but not yet copied to {@link #out}. */
    private int pending;
    private int nextDoubleQuote = -1;
    private int nextSingleQuote = -1;
    private boolean truncated;

    private MarkupPruner(String html, int maxKept) {
        this.html = html;
        this.length = html.length();
        this.maxKept = maxKept;
        this.out = new StringBuilder(Math.min(length, maxKept));
    }

    static Pruned prune(String html) {
        return prune(html, MAX_KEPT_CHARS);
    }

    static Pruned prune(String html, int maxKeptChars) {
        MarkupPruner pruner = new MarkupPruner(html, maxKeptChars);
        pruner.run();
        return new Pruned(pruner.out.toString(), pruner.truncated);
    }

    private void run() {
        int position = 0;
        while (!truncated) {
            int open = html.indexOf('<', position);
            if (open < 0 || open + 1 >= length) {
                break;
            }
            char next = html.charAt(open + 1);
            if (next == '!' && html.startsWith("--", open + 2)) {
                position = skip(open, commentEnd(open + 4));
            } else if (isAsciiLetter(next)) {
                position = startTag(open);
            } else if (next == '/' && open + 2 < length && isAsciiLetter(html.charAt(open + 2))) {
                position = startTagEnd(open + 2);
            } else if (next == '!' || next == '?' || next == '/') {
                // A doctype, CDATA outside foreign content or other bogus comment: up to the next ">".
                position = endTagEnd(open);
            } else {
                position = open + 1;
            }
        }
        keep(length);
    }

    /** Handles the start tag at {@code open}; returns where scanning goes on. */
    private int startTag(int open) {
        int nameEnd = tagNameEnd(open + 1);
        int tagEnd = startTagEnd(nameEnd);
        Special special = Special.of(html, open + 1, nameEnd);
        if (special == null) {
            return tagEnd;
        }
        return switch (special) {
            case SCRIPT -> {
                int end = endTagEnd(scriptDataEnd(tagEnd));
                yield isJsonLd(open, tagEnd) ? end : skip(open, end);
            }
            case STYLE -> skip(open, endTagEnd(textEnd(tagEnd, special.endTag)));
            case SVG -> {
                int end = isSelfClosed(tagEnd) ? -1 : drawingEnd(tagEnd);
                // Where a drawing does not end as drawings do, parsers differ on what its <script>
                // or <style> holds and where HTML resumes: the rest of the page is kept as it is.
                yield end >= 0 ? skip(open, end) : length;
            }
            case PLAINTEXT -> length;
            default -> textEnd(tagEnd, special.endTag);
        };
    }

    /** Start tags that need more than skipping to their end. */
    private enum Special {
        SCRIPT, STYLE, SVG, PLAINTEXT,
        /** Elements whose content is text up to their end tag, never markup. */
        TITLE, TEXTAREA, XMP, IFRAME, NOEMBED, NOFRAMES;

        private static final Special[] ALL = values();

        final String tagName = name().toLowerCase(Locale.ROOT);
        final String endTag = "/" + tagName;

        /** The special tag named by {@code html} from {@code start} to {@code end}, or {@code null}. */
        static Special of(String html, int start, int end) {
            int nameLength = end - start;
            for (Special special : ALL) {
                if (special.tagName.length() == nameLength
                        && html.regionMatches(true, start, special.tagName, 0, nameLength)) {
                    return special;
                }
            }
            return null;
        }
    }

    /** Copies what was read up to {@code from}, and leaves out {@code from} to {@code to}. */
    private int skip(int from, int to) {
        boolean separate = joinsWithWhatFollows(from);
        keep(from);
        if (separate) {
            // An empty comment begins with "<" as the markup left out did, so the text before it
            // reads as it did and adds nothing itself.
            add("<!---->");
        }
        pending = to;
        return to;
    }

    /** Adds markup of the pruner's own, within the cap: it counts like the page's. */
    private void add(String markup) {
        if (truncated) {
            return;
        }
        if (out.length() + markup.length() > maxKept) {
            truncated = true;
        } else {
            out.append(markup);
        }
    }

    /**
     * Whether the text still to keep before {@code from} could read differently once joined to
     * what follows the markup left out: a "<" that would start a tag, or "&" and name characters
     * that would become a character reference. Before the "<" at {@code from}, neither does.
     */
    private boolean joinsWithWhatFollows(int from) {
        int stop = Math.max(pending, from - LONGEST_REFERENCE);
        for (int i = from - 1; i >= stop; i--) {
            char c = html.charAt(i);
            if (c == '<' || c == '&') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '#') {
                return false;
            }
        }
        return false;
    }

    /** Copies the markup read but not yet copied up to {@code end}, within the cap. */
    private void keep(int end) {
        if (end <= pending || truncated) {
            return;
        }
        int room = maxKept - out.length();
        if (end - pending > room) {
            int cut = pending + room;
            if (cut > pending && Character.isHighSurrogate(html.charAt(cut - 1))) {
                cut--;
            }
            out.append(html, pending, cut);
            truncated = true;
        } else {
            out.append(html, pending, end);
        }
        pending = end;
    }

    /** Where a comment starting at {@code from} (after {@code <!--}) ends, past its end. */
    private int commentEnd(int from) {
        if (html.startsWith(">", from)) {
            return from + 1;
        }
        if (html.startsWith("->", from)) {
            return from + 2;
        }
        for (int dash = html.indexOf("--", from); dash >= 0; dash = html.indexOf("--", dash + 1)) {
            if (html.startsWith(">", dash + 2)) {
                return dash + 3;
            }
            if (html.startsWith("!>", dash + 2)) {
                return dash + 4;
            }
        }
        return length;
    }

    private int tagNameEnd(int from) {
        int i = from;
        while (i < length && !isTagNameEnd(html.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Past the {@code >} of a start tag whose name ends at {@code from}, skipping quoted attribute
     * values (a quote right after an {@code =} opens one; other quotes are part of names).
     */
    private int startTagEnd(int from) {
        int i = from;
        while (true) {
            int close = html.indexOf('>', i);
            if (close < 0) {
                return length;
            }
            int quote = nextQuote(i);
            if (quote > close) {
                return close + 1;
            }
            if (opensValue(quote)) {
                int quoteEnd = html.indexOf(html.charAt(quote), quote + 1);
                if (quoteEnd < 0) {
                    return length;
                }
                i = quoteEnd + 1;
            } else {
                i = quote + 1;
            }
        }
    }

    private boolean opensValue(int quote) {
        int before = quote - 1;
        while (before >= 0 && isSpace(html.charAt(before))) {
            before--;
        }
        return before >= 0 && html.charAt(before) == '=';
    }

    /**
     * The position of the next quote at or after {@code from}, or {@link #length}. The positions
     * found are kept, since scanning only moves forward.
     */
    private int nextQuote(int from) {
        if (nextDoubleQuote < from) {
            nextDoubleQuote = indexOrLength('"', from);
        }
        if (nextSingleQuote < from) {
            nextSingleQuote = indexOrLength('\'', from);
        }
        return Math.min(nextDoubleQuote, nextSingleQuote);
    }

    private int indexOrLength(char c, int from) {
        int index = html.indexOf(c, from);
        return index < 0 ? length : index;
    }

    private boolean isSelfClosed(int tagEnd) {
        return html.charAt(tagEnd - 1) == '>' && html.charAt(tagEnd - 2) == '/';
    }

    /** Whether the start tag between {@code open} and {@code end} says {@code ld+json}. */
    private boolean isJsonLd(int open, int end) {
        for (int i = open; i + 7 <= end; i++) {
            char c = html.charAt(i);
            if ((c == 'l' || c == 'L') && html.regionMatches(true, i, "ld+json", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a script's content starting at {@code from} ends: at the {@code <} of its end tag, by
     * the HTML standard's script data states ({@code <!--} escapes, inside which a nested
     * {@code <script>} must be closed before the script can end).
     */
    private int scriptDataEnd(int from) {
        boolean escaped = false;
        boolean doubleEscaped = false;
        int i = from;
        while (true) {
            int open = html.indexOf('<', i);
            int dashes = escaped ? html.indexOf("-->", i) : -1;
            if (dashes >= 0 && (open < 0 || dashes < open)) {
                escaped = false;
                doubleEscaped = false;
                i = dashes + 3;
                continue;
            }
            if (open < 0) {
                return length;
            }
            if (html.startsWith("<!--", open) && !escaped) {
                escaped = true;
                // Its own dashes may end it at once: "<!-->" and "<!--->" leave the script as it was.
                i = open + 2;
            } else if (isTag(open + 1, "/script") && !doubleEscaped) {
                return open;
            } else if (isTag(open + 1, "/script")) {
                doubleEscaped = false;
                i = open + 8;
            } else if (escaped && isTag(open + 1, "script")) {
                doubleEscaped = true;
                i = open + 7;
            } else {
                i = open + 1;
            }
        }
    }

    /** Where raw or escapable text starting at {@code from} ends: at the {@code <} of its end tag. */
    private int textEnd(int from, String endTag) {
        for (int open = html.indexOf('<', from); open >= 0; open = html.indexOf('<', open + 1)) {
            if (isTag(open + 1, endTag)) {
                return open;
            }
        }
        return length;
    }

    /**
     * Past the end of an SVG drawing whose start tag ends at {@code from}, or -1 when it must be
     * kept: it never ends, it holds a script, or an HTML start tag or an end tag of no element
     * opened in it breaks out of it (a browser then shows what follows as page content).
     */
    private int drawingEnd(int from) {
        Set<String> opened = new HashSet<>();
        int depth = 1;
        int i = from;
        while (true) {
            int open = html.indexOf('<', i);
            if (open < 0 || open + 2 >= length) {
                return -1;
            }
            char next = html.charAt(open + 1);
            if (html.startsWith("<!--", open)) {
                i = commentEnd(open + 4);
            } else if (html.startsWith("<![CDATA[", open)) {
                int close = html.indexOf("]]>", open);
                if (close < 0) {
                    return -1;
                }
                i = close + 3;
            } else if (next == '/' && isAsciiLetter(html.charAt(open + 2))) {
                String name = tagName(open + 2);
                if (name.equals("svg") ? --depth == 0 : !opened.contains(name)) {
                    return name.equals("svg") ? endTagEnd(open) : -1;
                }
                i = endTagEnd(open);
            } else if (isAsciiLetter(next)) {
                int nameEnd = tagNameEnd(open + 1);
                String name = tagName(open + 1);
                if (BREAKOUT_TAGS.contains(name) || name.equals("script")) {
                    // jsoup reads a script in a drawing as raw text where browsers read markup.
                    return -1;
                }
                i = startTagEnd(nameEnd);
                if (!isSelfClosed(i)) {
                    depth += name.equals("svg") ? 1 : 0;
                    opened.add(name);
                }
            } else {
                i = open + 1;
            }
        }
    }

    private String tagName(int from) {
        return html.substring(from, tagNameEnd(from)).toLowerCase(Locale.ROOT);
    }

    /** Past the {@code >} of the end tag whose {@code <} is at {@code open}. */
    private int endTagEnd(int open) {
        if (open >= length) {
            return length;
        }
        int close = html.indexOf('>', open);
        return close < 0 ? length : close + 1;
    }

    /** Whether a tag named {@code name} (case-insensitive) starts at {@code from}, its name ending there. */
    private boolean isTag(int from, String name) {
        int end = from + name.length();
        return html.regionMatches(true, from, name, 0, name.length())
                && (end >= length || isTagNameEnd(html.charAt(end)));
    }

    private static boolean isTagNameEnd(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
