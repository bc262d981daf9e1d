package io.newsdesk.parse.encoding;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A fast check of UTF-8 byte sequences, without decoding. */
final class Utf8 {

    /** Eight bytes at a time, for the runs of ASCII that make up most feeds. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;

    /** What a scan of a byte range found. */
    enum Verdict {
        /** Only 7-bit bytes: valid in UTF-8 and in every ASCII-compatible charset alike. */
        ASCII,
        /** Valid UTF-8 with at least one multi-byte sequence: almost certainly UTF-8 text. */
        MULTIBYTE,
        /** Not UTF-8. */
        INVALID
    }

    /**
     * What the bytes are, and what characters they hold.
     *
     * @param verdict whether they are UTF-8
     * @param plainCharacters for valid UTF-8: {@code true} when no character is a control
     *     character other than tab and line breaks (C0 or C1) or a non-character (U+FFFE, U+FFFF),
     *     the characters that {@code XmlTextRepair} otherwise looks for one by one
     */
    record Scan(Verdict verdict, boolean plainCharacters) {}

    private static final Scan INVALID = new Scan(Verdict.INVALID, false);

    private Utf8() {}

    static Scan scan(byte[] bytes, int from) {
        boolean multibyte = false;
        boolean plain = true;
        int i = from;
        while (i < bytes.length) {
            if (i + Long.BYTES <= bytes.length) {
                long word = (long) LONGS.get(bytes, i);
                // No high bit and no byte below 0x20 (whose subtraction borrows): eight printable ASCII characters.
                if (((word | (word - SPACES)) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                    continue;
                }
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                plain &= b >= 0x20 || b == '\t' || b == '\n' || b == '\r';
                i++;
                continue;
            }
            int continuation;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
                min = 0x10000;
            } else {
                return INVALID;
            }
            if (i + continuation >= bytes.length) {
                return INVALID;
            }
            int codePoint = b & (0x3F >> continuation);
            for (int k = 1; k <= continuation; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return INVALID;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return INVALID;
            }
            plain &= codePoint > 0x9F && codePoint != 0xFFFE && codePoint != 0xFFFF;
            multibyte = true;
            i += continuation + 1;
        }
        return new Scan(multibyte ? Verdict.MULTIBYTE : Verdict.ASCII, plain);
    }
}
