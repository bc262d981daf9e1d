package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the first bytes of a document say about its encoding: a byte order mark, or the telltale
 * zero bytes of UTF-16 and UTF-32 around an ASCII {@code <} (XML 1.0 appendix F).
 *
 * @param charset the encoding the bytes point to
 * @param length how many leading bytes are a byte order mark (to skip), 0 when there is none
 */
record ByteOrderMark(Charset charset, int length) {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    /** The encoding a byte order mark at the start of {@code bytes} announces, if any. */
    static Optional<ByteOrderMark> of(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(UTF_32BE, 4));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new ByteOrderMark(UTF_32LE, 4));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /** A UTF-16 or UTF-32 encoding recognised from zero bytes around the first {@code <}, if any. */
    static Optional<Charset> wideWithoutMark(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0x00, 0x3C)) {
            return Optional.of(UTF_32BE);
        }
        if (startsWith(bytes, 0x3C, 0x00, 0x00, 0x00)) {
            return Optional.of(UTF_32LE);
        }
        if (startsWith(bytes, 0x00, 0x3C)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0x3C, 0x00)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
