package io.newsdesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test pages kept beside the tests, in {@code src/test/resources/io/newsdesk/extract}. */
final class Pages {

    private Pages() {}

    static String read(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test page " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal page around a body, for tests about one thing. */
    static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    /** A paragraph long enough, and comma-rich enough, to read as prose. */
    static String prose(String start) {
        return "<p>" + start + ", and the paragraph goes on with the details a reader expects,"
                + " quotes from the people involved, figures, places and the context of the"
                + " story, long enough to be taken for article text.</p>";
    }
}
