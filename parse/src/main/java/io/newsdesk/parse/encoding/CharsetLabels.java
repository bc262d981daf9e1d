package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
        if (normalized.equals("utf8") || normalized.equals("unicode-1-1-utf-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(normalized));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
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
