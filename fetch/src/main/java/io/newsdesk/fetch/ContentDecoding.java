package io.newsdesk.fetch;

import java.util.List;
import java.util.Locale;

/** Builds the decoder chain for a response's Content-Encoding. */
final class ContentDecoding {

    /** The Accept-Encoding sent: exactly what {@link #decoderFor} can undo. */
    static final String ACCEPTED = "gzip, deflate";

    private ContentDecoding() {}

    /**
     * Returns a sink that removes the listed codings and writes the plain body to {@code downstream}.
     *
     * @param codings the Content-Encoding values in the order they were applied
     * @throws UnsupportedContentEncodingException for a coding other than gzip, deflate or identity
     */
    static BodySink decoderFor(List<String> codings, BodySink downstream) throws UnsupportedContentEncodingException {
        BodySink sink = downstream;
        // The last coding applied is the first to undo, so it becomes the outermost decoder.
        for (String coding : codings) {
            String name = coding.strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "gzip", "x-gzip" -> sink = new GzipDecoder(sink);
                case "deflate" -> sink = new DeflateDecoder(sink);
                case "identity", "" -> {}
                default -> {
                    sink.close();
                    throw new UnsupportedContentEncodingException(coding.strip());
                }
            }
        }
        return sink;
    }
}
