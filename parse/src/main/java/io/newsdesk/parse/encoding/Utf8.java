package io.newsdesk.parse.encoding;

/** A fast check of UTF-8 byte sequences, without decoding. */
final class Utf8 {

    /** What a scan of a byte range found. */
    enum Verdict {
        /** Only 7-bit bytes: valid in UTF-8 and in every ASCII-compatible charset alike. */
        ASCII,
        /** Valid UTF-8 with at least one multi-byte sequence: almost certainly UTF-8 text. */
        MULTIBYTE,
        /** Not UTF-8. */
        INVALID
    }

    private Utf8() {}

    static Verdict scan(byte[] bytes, int from) {
        boolean multibyte = false;
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
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
                return Verdict.INVALID;
            }
            if (i + continuation >= bytes.length) {
                return Verdict.INVALID;
            }
            int codePoint = b & (0x3F >> continuation);
            for (int k = 1; k <= continuation; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return Verdict.INVALID;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return Verdict.INVALID;
            }
            multibyte = true;
            i += continuation + 1;
        }
        return multibyte ? Verdict.MULTIBYTE : Verdict.ASCII;
    }
}
