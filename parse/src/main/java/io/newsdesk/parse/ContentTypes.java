package io.newsdesk.parse;

import io.newsdesk.parse.detail.Problem;
import io.newsdesk.parse.encoding.ContentType;
import io.newsdesk.parse.feed.Problems;

/** Whether the media type a server sent fits a feed document. */
final class ContentTypes {

    private ContentTypes() {}

    /** Notes a media type that says the document is not XML (or JSON): the server is misconfigured. */
    static void check(String header, Problems problems) {
        String mediaType = ContentType.parse(header).mediaType();
        if (mediaType.isEmpty() || mediaType.contains("xml") || mediaType.contains("json")
                || mediaType.equals("application/octet-stream")) {
            return;
        }
        problems.add(Problem.Kind.CONTENT_TYPE, "the server labelled the feed " + mediaType
                + ", not as XML; it was read as a feed all the same");
    }
}
