package io.newsdesk.sanitize;

import org.jsoup.nodes.Entities;

/**
 * Decodes character references ({@code &amp;}, {@code &#233;}, {@code &#xE9;}) the way the HTML
 * standard does, so that what the sanitizer checks is what a browser would see: named references
 * from the standard's full table (jsoup's copy of it), the legacy ones that may omit the
 * semicolon, numeric references with the standard's replacements for invalid code points.
 */
final class CharacterReferences {

    /** The longest reference name in the standard's table, with room to spare. */
    private static final int MAX_NAME_LENGTH = 32;
    /** The longest legacy name usable without a semicolon ({@code &frac34}, {@code &middot}). */
    private static final int MAX_LEGACY_NAME_LENGTH = 6;

    /** What numeric references to 0x80–0x9F mean: windows-1252, as browsers read them. */
    private static final char[] WINDOWS_1252_C1 = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
    };

    private static final int REPLACEMENT = 0xFFFD;

    private CharacterReferences() {}

    /**
     * Decodes the reference that starts with the {@code &} at {@code amp}, appending what it
     * stands for to {@code out}, or a literal {@code &} when it is not a reference.
     *
     * @param in the markup
     * @param amp the index of the {@code &}
     * @param end the index where the text being read ends (exclusive)
     * @param inAttribute whether the reference is in an attribute value, where a legacy name
     *     followed by {@code =} or a letter or digit is left alone (it is part of a URL's query)
     * @return the index just after the reference
     */
    static int decode(String in, int amp, int end, boolean inAttribute, StringBuilder out) {
        int start = amp + 1;
        if (start < end && in.charAt(start) == '#') {
            return decodeNumeric(in, amp, end, out);
        }
        int nameEnd = start;
        while (nameEnd < end && nameEnd - start < MAX_NAME_LENGTH && isAsciiAlphanumeric(in.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == start) {
            out.append('&');
            return start;
        }
        String name = in.substring(start, nameEnd);
        if (nameEnd < end && in.charAt(nameEnd) == ';' && Entities.isNamedEntity(name)) {
            appendNamed(name, out);
            return nameEnd + 1;
        }
        for (int length = Math.min(name.length(), MAX_LEGACY_NAME_LENGTH); length >= 2; length--) {
            String legacy = name.substring(0, length);
            if (Entities.isBaseNamedEntity(legacy)) {
                int after = start + length;
                char next = after < end ? in.charAt(after) : ' ';
                if (inAttribute && (next == '=' || isAsciiAlphanumeric(next))) {
                    break;
                }
                appendNamed(legacy, out);
                return after < end && next == ';' ? after + 1 : after;
            }
        }
        out.append('&');
        return start;
    }

    /**
     * How a reference that {@link #decode} just read is to be written again: as the publisher
     * wrote it, when it is complete (ended by its semicolon) and stands for characters a document
     * may hold; a hexadecimal one with a lower-case {@code x}, the only spelling XML also reads.
     * A numeric reference to 0x80–0x9F, which browsers read as windows-1252's character, is
     * written as a reference to that character, so that it means the same to every reader.
     *
     * @param in the markup
     * @param amp the index of the reference's {@code &}
     * @param after the index {@link #decode} returned for it
     * @param decoded what {@link #decode} appended for it
     * @return the reference to write, or {@code null} when its characters are written instead (an
     *     incomplete or invalid reference, or one to a character no document should hold)
     */
    static String spelling(String in, int amp, int after, String decoded) {
        if (after - amp < 3 || in.charAt(after - 1) != ';' || !HtmlText.isWritable(decoded)) {
            return null;
        }
        if (in.charAt(amp + 1) != '#') {
            return in.substring(amp, after);
        }
        boolean hex = in.charAt(amp + 2) == 'x' || in.charAt(amp + 2) == 'X';
        int digits = amp + (hex ? 3 : 2);
        int codePoint = decoded.codePointAt(0);
        if (numberValue(in, digits, after - 1, hex) != codePoint) {
            return codePoint == REPLACEMENT ? null : "&#x" + Integer.toHexString(codePoint) + ";";
        }
        return hex ? "&#x" + in.substring(digits, after) : in.substring(amp, after);
    }

    private static void appendNamed(String name, StringBuilder out) {
        int[] codePoints = new int[2];
        int count = Entities.codepointsForName(name, codePoints);
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(codePoints[i]);
        }
    }

    private static int decodeNumeric(String in, int amp, int end, StringBuilder out) {
        int i = amp + 2;
        boolean hex = i < end && (in.charAt(i) == 'x' || in.charAt(i) == 'X');
        if (hex) {
            i++;
        }
        int digitsStart = i;
        while (i < end && digit(in.charAt(i), hex) >= 0) {
            i++;
        }
        if (i == digitsStart) {
            out.append(in, amp, digitsStart);
            return digitsStart;
        }
        out.appendCodePoint(codePointFor(numberValue(in, digitsStart, i, hex)));
        return i < end && in.charAt(i) == ';' ? i + 1 : i;
    }

    /** The number the digits between two indices spell; past the last code point, just some invalid one. */
    private static long numberValue(String in, int from, int to, boolean hex) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = Math.min(value * (hex ? 16 : 10) + digit(in.charAt(i), hex), Integer.MAX_VALUE);
        }
        return value;
    }

    /** The value of an ASCII digit, or -1. */
    private static int digit(char c, boolean hex) {
        return c > 'f' ? -1 : Character.digit(c, hex ? 16 : 10);
    }

    private static int codePointFor(long value) {
        if (value == 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
            return REPLACEMENT;
        }
        if (value >= 0x80 && value <= 0x9F) {
            return WINDOWS_1252_C1[(int) value - 0x80];
        }
        return (int) value;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
