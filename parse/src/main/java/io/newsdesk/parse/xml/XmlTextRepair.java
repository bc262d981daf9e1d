package io.newsdesk.parse.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Fixes, before parsing, the faults that make most real feeds ill-formed, so that the strict
 * streaming parser can still read them:
 *
 * <ul>
 *   <li>entities the document declares in its internal DTD subset with a literal value
 *       ({@code <!ENTITY id "tag:example.com,">}) are replaced by that value, as text: a value's
 *       own references are not expanded again, and the total is bounded, so "billion laughs"
 *       cannot happen. External and parameter entities are never read;
 *   <li>HTML entities XML does not know ({@code &nbsp;}, {@code &eacute;}) become character
 *       references; other unknown entities become text;
 *   <li>a bare {@code &} is escaped;
 *   <li>C1 control characters, and character references to them ({@code &#150;}), mean the
 *       windows-1252 character (publishers paste text from Windows into UTF-8 feeds): browsers read
 *       the references that way, and the controls themselves are never meant;
 *   <li>an XML declaration that is not at the very start (after a blank line, say) is removed;
 *   <li>characters XML 1.0 forbids (control characters, unpaired surrogates) are removed.
 * </ul>
 *
 * CDATA sections, comments, processing instructions and the DOCTYPE are left as they are.
 * Every repair is summed up in {@link Result#problems()}.
 */
public final class XmlTextRepair {

    private static final int MAX_ENTITY_NAME = 32;

    /** XML's predefined entities, each with the semicolon that ends its reference. */
    private static final String[] PREDEFINED = {"lt;", "gt;", "amp;", "quot;", "apos;"};

    /** How many characters declared entities may add to a document in all. */
    private static final int MAX_EXPANSION = 1_000_000;

    /** An internal general entity with a literal value; parameter and external entities do not match. */
    private static final Pattern ENTITY_DECLARATION = Pattern.compile(
            "<!ENTITY\\s+([A-Za-z_][\\w.:-]*)\\s+(?:\"([^\"]*)\"|'([^']*)')\\s*>");

    /** windows-1252's characters at 0x80–0x9F; 0 where it has none. */
    private static final char[] WINDOWS_1252_C1 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'
    };

    /**
     * The repaired text and what was repaired.
     *
     * @param text the text to parse; the input itself when nothing needed repair
     * @param problems one line per kind of repair, empty when nothing was repaired
     */
    public record Result(String text, List<String> problems) {}

    /** The part of the document being repaired: all of it, or the next piece of a stream. */
    private String input;
    private boolean last;
    private long absoluteStart;
    private StringBuilder out;
    private int copiedUpTo;
    private final Map<String, String> declaredEntities = new HashMap<>();
    private int expanded;
    private boolean expansionCut;
    private final Map<String, Integer> htmlEntities = new TreeMap<>();
    private final Map<String, Integer> unknownEntities = new TreeMap<>();
    private int bareAmpersands;
    private boolean misplacedDeclaration;
    private int forbiddenCharacters;

    /**
     * A repaired piece of a document.
     *
     * @param text the repaired text
     * @param consumed how many characters of the piece it covers; the rest (an unfinished
     *     comment, CDATA section, DOCTYPE or reference) waits for what follows
     */
    record Piece(String text, int consumed) {}

    XmlTextRepair() {}

    /** Repairs a document's text. */
    public static Result repair(String text) {
        return repair(text, false);
    }

    /**
     * Repairs a document's text, knowing whether any character needs repair.
     *
     * @param plainCharacters {@code true} when the text is known to hold no control characters
     *     other than tab and line breaks, no unpaired surrogates and no non-characters (its decoder
     *     checked the bytes): only references and markup declarations are then looked at
     */
    public static Result repair(String text, boolean plainCharacters) {
        XmlTextRepair repair = new XmlTextRepair();
        repair.input = text;
        repair.last = true;
        int consumed = plainCharacters ? repair.runOverMarkup() : repair.run();
        return new Result(repair.finish(consumed).text(), repair.problems());
    }

    /**
     * Repairs the next piece of a document read as a stream, remembering what earlier pieces
     * declared (entities) and how many repairs were made.
     *
     * @param text what has arrived and not been repaired yet
     * @param last {@code true} when nothing follows: unfinished constructs are then repaired as they are
     */
    Piece next(String text, boolean last) {
        this.input = text;
        this.last = last;
        this.out = null;
        this.copiedUpTo = 0;
        return finish(run());
    }

    /** The repaired text of the input's first {@code consumed} characters. */
    private Piece finish(int consumed) {
        absoluteStart += consumed;
        if (out == null) {
            return new Piece(consumed == input.length() ? input : input.substring(0, consumed), consumed);
        }
        out.append(input, copiedUpTo, consumed);
        return new Piece(out.toString(), consumed);
    }

    /** Repairs {@link #input} up to where it can without seeing more; returns how far that is. */
    private int run() {
        int length = input.length();
        int i = 0;
        while (i < length) {
            char c = input.charAt(i);
            if (needsNoRepair(c)) {
                // Nearly every character of a feed: looked at once, nothing more.
                i++;
                continue;
            }
            int next;
            if (c == '<') {
                next = skipMarkupDeclaration(i);
            } else if (c == '&') {
                next = reference(i);
            } else {
                next = character(c, i);
            }
            if (next < 0) {
                return i;
            }
            i = next;
        }
        return length;
    }

    /**
     * {@link #run()} for a whole document whose characters need no repair: only the {@code <} and
     * {@code &} are visited, found with {@link String#indexOf(int, int)}, which is vectorised.
     */
    private int runOverMarkup() {
        int length = input.length();
        int nextLess = input.indexOf('<');
        int nextAmpersand = input.indexOf('&');
        int i = 0;
        while (true) {
            if (nextLess >= 0 && nextLess < i) {
                nextLess = input.indexOf('<', i);
            }
            if (nextAmpersand >= 0 && nextAmpersand < i) {
                nextAmpersand = input.indexOf('&', i);
            }
            if (nextLess < 0 && nextAmpersand < 0) {
                return length;
            }
            int at = nextLess < 0 ? nextAmpersand : nextAmpersand < 0 ? nextLess : Math.min(nextLess, nextAmpersand);
            i = at == nextLess ? skipMarkupDeclaration(at) : reference(at);
        }
    }

    /**
     * Characters that are never part of a repair: everything XML allows in text except markup
     * delimiters, C1 controls (read as windows-1252) and surrogates (checked in pairs).
     */
    private static boolean needsNoRepair(char c) {
        if (c < 0x80) {
            return c >= 0x20 ? c != '<' && c != '&' : c == '\n' || c == '\t' || c == '\r';
        }
        return c >= 0xA0 && (c < 0xD800 || (c >= 0xE000 && c < 0xFFFE));
    }

    /** Repairs one character; -1 when it is the first half of a pair whose second has not arrived. */
    private int character(char c, int i) {
        if (c >= 0x80 && c <= 0x9F) {
            char meant = WINDOWS_1252_C1[c - 0x80];
            replace(i, i + 1, meant == 0 ? "" : String.valueOf(meant));
        } else if (Character.isHighSurrogate(c) && i + 1 >= input.length() && !last) {
            return -1;
        } else if (isForbidden(c, i)) {
            replace(i, i + 1, "");
            forbiddenCharacters++;
        }
        return i + 1;
    }

    /**
     * Skips a CDATA section, comment, processing instruction or DOCTYPE starting at {@code at};
     * -1 when it has not arrived whole.
     */
    private int skipMarkupDeclaration(int at) {
        if (at + 1 < input.length() && input.charAt(at + 1) != '!' && input.charAt(at + 1) != '?') {
            // A tag: the most common markup by far, and never repaired.
            return at + 1;
        }
        if (!last && at + 9 > input.length()) {
            return -1;
        }
        if (input.startsWith("<![CDATA[", at)) {
            return endOf("]]>", at + 9);
        }
        if (input.startsWith("<!--", at)) {
            return endOf("-->", at + 4);
        }
        if (input.startsWith("<?", at)) {
            int end = endOf("?>", at + 2);
            if (end >= 0 && absoluteStart + at > 0 && isXmlDeclaration(at)) {
                // Only allowed first; after whitespace or a comment it breaks the parse, and the
                // encoding it names has already been taken into account.
                replace(at, end, "");
                misplacedDeclaration = true;
            }
            return end;
        }
        if (input.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
            int close = input.indexOf('>', at);
            int subset = input.indexOf('[', at);
            if (subset >= 0 && (close < 0 || subset < close)) {
                int end = endOf("]>", subset);
                if (end >= 0) {
                    declareEntities(input.substring(subset, end));
                }
                return end;
            }
            return close >= 0 ? close + 1 : last ? input.length() : -1;
        }
        return at + 1;
    }

    private void declareEntities(String subset) {
        Matcher declaration = ENTITY_DECLARATION.matcher(subset);
        while (declaration.find()) {
            String value = declaration.group(2) != null ? declaration.group(2) : declaration.group(3);
            // The first declaration of an entity is binding (XML 1.0 section 4.2).
            declaredEntities.putIfAbsent(declaration.group(1), escapeAsText(value));
        }
    }

    /** The value as character data: markup and references in it stay literal. */
    private static String escapeAsText(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append(value.startsWith("&#", i) ? "&" : "&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private boolean isXmlDeclaration(int at) {
        return input.regionMatches(true, at, "<?xml", 0, 5)
                && at + 5 < input.length() && Character.isWhitespace(input.charAt(at + 5));
    }

    /** Where the terminator ends; without one, the end of the input, or -1 while more may follow. */
    private int endOf(String terminator, int from) {
        int end = input.indexOf(terminator, from);
        if (end >= 0) {
            return end + terminator.length();
        }
        return last ? input.length() : -1;
    }

    private int reference(int at) {
        int predefined = afterPredefined(at);
        if (predefined >= 0) {
            // XML's own five, which escaped HTML is full of: nothing to repair.
            return predefined;
        }
        int end = referenceEnd(at);
        if (end < 0 && !last && at + 2 + MAX_ENTITY_NAME >= input.length()) {
            return -1;
        }
        if (end < 0) {
            replace(at, at + 1, "&amp;");
            bareAmpersands++;
            return at + 1;
        }
        if (input.charAt(at + 1) == '#') {
            numericReference(at, end, input.substring(at + 1, end));
        } else {
            namedReference(at, end, input.substring(at + 1, end));
        }
        return end + 1;
    }

    /** The index of the {@code ;} closing a syntactically valid reference at {@code at}, or -1. */
    private int referenceEnd(int at) {
        int i = at + 1;
        int limit = Math.min(input.length(), at + 2 + MAX_ENTITY_NAME);
        if (i < input.length() && input.charAt(i) == '#') {
            i++;
            boolean hex = i < input.length() && (input.charAt(i) == 'x' || input.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = i;
            while (i < limit && Character.digit(input.charAt(i), hex ? 16 : 10) >= 0) {
                i++;
            }
            return i > digits && i < input.length() && input.charAt(i) == ';' ? i : -1;
        }
        int start = i;
        while (i < limit && isNameChar(input.charAt(i), i == start)) {
            i++;
        }
        return i > start && i < input.length() && input.charAt(i) == ';' ? i : -1;
    }

    private void numericReference(int at, int end, String body) {
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        int codePoint;
        try {
            codePoint = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException tooLarge) {
            codePoint = -1;
        }
        if (codePoint >= 0x80 && codePoint <= 0x9F && WINDOWS_1252_C1[codePoint - 0x80] != 0) {
            replace(at, end + 1, "&#" + (int) WINDOWS_1252_C1[codePoint - 0x80] + ";");
        } else if (!isAllowedCodePoint(codePoint)) {
            replace(at, end + 1, "");
            forbiddenCharacters++;
        }
    }

    private void namedReference(int at, int end, String name) {
        String declared = declaredEntities.get(name);
        if (declared != null) {
            if (expanded + declared.length() <= MAX_EXPANSION) {
                expanded += declared.length();
                replace(at, end + 1, declared);
                return;
            }
            expansionCut = true;
        }
        String value = Entities.getByName(name);
        if (value.isEmpty()) {
            replace(at, at + 1, "&amp;");
            unknownEntities.merge(name, 1, Integer::sum);
            return;
        }
        StringBuilder references = new StringBuilder();
        value.codePoints().forEach(cp -> references.append("&#").append(cp).append(';'));
        replace(at, end + 1, references.toString());
        htmlEntities.merge(name, 1, Integer::sum);
    }

    private void replace(int from, int to, String replacement) {
        if (out == null) {
            out = new StringBuilder(input.length() + 64);
        }
        out.append(input, copiedUpTo, from).append(replacement);
        copiedUpTo = to;
    }

    private boolean isForbidden(char c, int at) {
        if (c >= 0x20 && c < 0xD800) {
            return false;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return at + 1 >= input.length() || !Character.isLowSurrogate(input.charAt(at + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return at == 0 || !Character.isHighSurrogate(input.charAt(at - 1));
        }
        return false;
    }

    private static boolean isAllowedCodePoint(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Where a reference to one of XML's predefined entities at {@code at} ends, or -1 when there is none. */
    private int afterPredefined(int at) {
        for (String name : PREDEFINED) {
            if (input.startsWith(name, at + 1)) {
                return at + 1 + name.length();
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c, boolean first) {
        if (Character.isLetter(c) || c == '_' || c == ':') {
            return true;
        }
        return !first && (Character.isDigit(c) || c == '-' || c == '.');
    }

    /** What was repaired so far, one line per kind of repair. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!htmlEntities.isEmpty()) {
            problems.add("HTML entities that XML does not define were read as HTML: " + describe(htmlEntities));
        }
        if (!unknownEntities.isEmpty()) {
            problems.add("undefined entities were kept as text, not expanded: " + describe(unknownEntities));
        }
        if (misplacedDeclaration) {
            problems.add("the XML declaration was not at the start of the document and was ignored");
        }
        if (expansionCut) {
            problems.add("declared entities would have added more than " + MAX_EXPANSION
                    + " characters; the rest were kept as text");
        }
        if (bareAmpersands > 0) {
            problems.add(bareAmpersands + " unescaped '&' " + (bareAmpersands == 1 ? "was" : "were") + " read as text");
        }
        if (forbiddenCharacters > 0) {
            problems.add(forbiddenCharacters + " character" + (forbiddenCharacters == 1 ? "" : "s")
                    + " not allowed in XML (control characters) removed");
        }
        return problems;
    }

    private static String describe(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (shown++ == 8) {
                out.append(", …");
                break;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('&').append(entry.getKey()).append(';');
            if (entry.getValue() > 1) {
                out.append(" ×").append(entry.getValue());
            }
        }
        return out.toString();
    }
}
