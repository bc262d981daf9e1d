package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the charset labels that servers and XML declarations use into Java charsets, the way
 * browsers read them.
 */
final class CharsetLabels {

    /**
     * Labels browsers decode as windows-1252 (WHATWG Encoding Standard): publishers who say
     * ISO-8859-1 or ASCII routinely send curly quotes and dashes from the 0x80–0x9F range, which
     * only windows-1252 gives a meaning.
     */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
            "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
            "us-ascii", "windows-1252", "x-cp1252");

    /**
     * Labels of GB2312 and GBK, which browsers decode with GBK's superset: documents labelled so
     * routinely hold characters only the larger sets have.
     */
    private static final Set<String> GB18030_LABELS = Set.of(
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58",
            "x-gbk", "gb18030");

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * What {@link Charset#forName} answered for each label: it searches every installed provider
     * for a name it does not know, again on each call. Documents choose the labels, so only so
     * many are kept.
     */
    private static final Map<String, Optional<Charset>> BY_LABEL = new ConcurrentHashMap<>();
    private static final int MAX_KEPT_LABELS = 512;

    private CharsetLabels() {}

    /** The charset a label names, or empty when Java does not know it. */
    static Optional<Charset> lookup(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normalized = label.trim().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        if (WINDOWS_1252_LABELS.contains(normalized)) {
            return Optional.of(WINDOWS_1252);
        }
        if (GB18030_LABELS.contains(normalized)) {
            return Optional.of(GB18030);
        }
        if (normalized.equals("utf8") || normalized.equals("u8") || normalized.equals("unicode-1-1-utf-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        // Python's short names, which Python-made feeds declare.
        if (normalized.equals("u16") || normalized.equals("utf16")) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        if (normalized.equals("u32") || normalized.equals("utf32")) {
            return Optional.of(Charset.forName("UTF-32"));
        }
        Optional<Charset> known = BY_LABEL.get(normalized);
        if (known != null) {
            return known;
        }
        Optional<Charset> found = forName(normalized);
        if (BY_LABEL.size() < MAX_KEPT_LABELS) {
            BY_LABEL.put(normalized, found);
        }
        return found;
    }

    private static Optional<Charset> forName(String label) {
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * The name a document read through this label is reported with: the label itself in lower
     * case, except for labels read as a different encoding's superset, which are named after it.
     */
    static String name(String label, Charset charset) {
        String normalized = label.trim().toLowerCase(Locale.ROOT);
        return charset.equals(GB18030) ? "gb18030" : normalized;
    }

    /** The lower-case name of a charset, for encodings found rather than declared ("utf-16le"). */
    static String name(Charset charset) {
        return charset.name().toLowerCase(Locale.ROOT);
    }

    /** {@code true} for the UTF-16 and UTF-32 family, whose bytes are not ASCII-compatible. */
    static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("X-UTF-32");
    }

    /** {@code true} for the Unicode encodings, whose validity says something about the text. */
    static boolean isUnicode(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || isWide(charset);
    }
}
