package io.newsdesk.bench.server;

import java.util.Objects;

/**
 * A document the feed server answers with.
 *
 * @param path the URL path, starting with {@code /}
 * @param contentType the Content-Type header sent with it
 * @param body the bytes, as the publisher wrote them
 */
public record ServedDocument(String path, String contentType, byte[] body) {

    public ServedDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a served path starts with '/': " + path);
        }
    }
}
