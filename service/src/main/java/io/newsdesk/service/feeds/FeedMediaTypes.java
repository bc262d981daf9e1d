package io.newsdesk.service.feeds;

import java.util.Locale;

/** Media types of responses and announced links: what they name, and whether that can be a feed at all. */
final class FeedMediaTypes {

    private FeedMediaTypes() {}

    /**
     * The media type when it names content that cannot be a feed (an image, audio, a PDF, an
     * archive), else {@code null}. Text, XML and JSON of any label, and responses without a type,
     * may be feeds: servers label feeds carelessly.
     */
    static String notAFeedType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = mediaType(contentType);
        // Octet-stream is what careless servers send for anything, feeds included.
        boolean mayBeFeed = type.isEmpty()
                || type.startsWith("text/")
                || type.contains("xml")
                || type.contains("json")
                || type.equals("application/octet-stream");
        return mayBeFeed ? null : type;
    }

    /** The media type of a Content-Type value (or a link's {@code type}), lower case, without parameters. */
    static String mediaType(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT);
        int semicolon = lower.indexOf(';');
        return (semicolon >= 0 ? lower.substring(0, semicolon) : lower).strip();
    }
}
