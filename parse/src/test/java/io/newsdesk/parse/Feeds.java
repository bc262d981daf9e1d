package io.newsdesk.parse;

import io.newsdesk.domain.FeedDocument;
import java.nio.charset.StandardCharsets;

/** Parsing helpers for tests that write their documents inline. */
public final class Feeds {

    /** The URL inline documents pretend to come from. */
    public static final String URL = "https://news.example.com/feed.xml";

    private Feeds() {}

    public static FeedDocument parse(String document) throws FeedParseException {
        return FeedParser.parse(document.getBytes(StandardCharsets.UTF_8), null, URL);
    }
}
