package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses the legacy encoding of a document that is not UTF-8 and does not say what it is, from
 * the statistics of its bytes (Mozilla's universal detector, as browsers and feedparser guess):
 * Big5, GB18030, EUC-JP, EUC-KR, Shift_JIS, KOI8-R, TIS-620, the windows code pages, ….
 */
final class CharsetDetection {

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
}
