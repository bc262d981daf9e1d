package io.newsdesk.parse.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8, was read as windows-1252 (or ISO-8859-1) somewhere upstream, and
 * was written out again as UTF-8: "Ã©tÃ©" for "été", "â€™" for "’", a CMS's most common mojibake.
 *
 * <p>A text is repaired only when all of it reads back: every character is one windows-1252 (or
 * ISO-8859-1, for its control characters) has a byte for, and those bytes are valid UTF-8 with at least one
 * multi-byte sequence. Real text almost never passes: an accented letter followed by anything
 * but the one or two symbols UTF-8 continues it with is already invalid. Text with any character
 * beyond windows-1252 (Greek, Cyrillic, CJK, a curly quote next to a correct "é") is left alone.
 */
public final class DoubleEncoding {

    /** windows-1252's characters at 0x80–0x9F, U+0000 where it has none. */
    private static final String WINDOWS_1252_HIGH =
            "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
            + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

    /** The characters that stand for UTF-8's lead bytes of multi-byte sequences, 0xC2–0xF4. */
    private static final char FIRST_LEAD = '\u00C2';
    private static final char LAST_LEAD = '\u00F4';

    private DoubleEncoding() {}

    /** The repaired text, or {@code text} itself when it is not double-encoded UTF-8. */
    public static String repair(String text) {
        if (!hasLeadCharacter(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            int b = byteOf(text.charAt(i));
            if (b < 0) {
                return text;
            }
            bytes[i] = (byte) b;
        }
        if (!hasUtf8Structure(bytes)) {
            // Most texts with accented letters end here, without the cost of a decoding exception.
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
    }

    /** The cheap test that passes over nearly all text: no character that could start a sequence. */
    private static boolean hasLeadCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_LEAD && c <= LAST_LEAD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every lead byte is followed by as many continuation bytes as it announces and no
     * continuation byte stands alone: the shape of UTF-8, checked before the strict decoder.
     */
    private static boolean hasUtf8Structure(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int continuations = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (continuations < 0 || i + continuations >= bytes.length) {
                return false;
            }
            for (int k = 1; k <= continuations; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
    }

    /** The byte windows-1252, or else ISO-8859-1 (its C1 controls), has for a character, or -1. */
    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int index = WINDOWS_1252_HIGH.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }
}
