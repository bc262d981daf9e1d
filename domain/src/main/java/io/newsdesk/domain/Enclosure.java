package io.newsdesk.domain;

import java.util.Objects;

/**
 * A media file attached to an entry (podcast audio, an image, a video).
 *
 * @param url absolute URL of the file
 * @param type MIME type as the feed declared it, or {@code null}
 * @param length size in bytes as the feed declared it, or {@code null} when unknown
 */
public record Enclosure(String url, String type, Long length) {
    public Enclosure {
        Objects.requireNonNull(url, "url");
    }
}
