package io.newsdesk.parse.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses the legacy encoding of a document that is not UTF-8 and does not say what it is, from
 * the statistics of its bytes (Mozilla's universal detector, as browsers and feedparser guess):
 * Big5, GB18030, EUC-JP, EUC-KR, Shift_JIS, KOI8-R, TIS-620, the windows code pages, ….
 */
final class CharsetDetection {

    private static final Charset GB2312 = Charset.forName("GB2312");

    /** The detector decides within the first few kilobytes; more only costs time. */
    private static final int SAMPLE_BYTES = 64 * 1024;

    private CharsetDetection() {}

    /** The encoding the bytes look like, unless the detector is unsure or names UTF-8 or one Java lacks. */
    static Optional<Charset> detect(byte[] body, int offset) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(body, offset, Math.min(SAMPLE_BYTES, body.length - offset));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return Optional.empty();
        }
        return CharsetLabels.lookup(name).filter(charset -> !charset.equals(StandardCharsets.UTF_8));
    }

    /**
     * The name a guessed encoding is reported by: Java's, except that a document guessed as
     * GB18030 whose bytes keep within GB2312, the older standard GB18030 extends, is named after
     * that, as chardet (and so feedparser) names it: the same text, the narrower claim.
     */
    static String name(Charset guessed, byte[] body, int offset) {
        if (guessed.name().equals("GB18030") && decodesStrictly(GB2312, body, offset)) {
            return GB2312.name();
        }
        return guessed.name();
    }

    private static boolean decodesStrictly(Charset charset, byte[] body, int offset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
