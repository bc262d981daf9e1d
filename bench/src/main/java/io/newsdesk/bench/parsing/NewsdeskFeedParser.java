package io.newsdesk.bench.parsing;

import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.FeedParser;

/**
 * Newsdesk's {@link FeedParser#parse(byte[], String, String)} with its default limits: encoding
 * sniffing, format detection, lenient recovery of ill-formed XML, dates with their precision,
 * relative URLs resolved and every HTML field sanitized.
 */
public final class NewsdeskFeedParser implements FeedDocumentParser {

    @Override
    public String name() {
        return "Newsdesk";
    }

    @Override
    public int parse(byte[] document) throws FeedParseException {
        return FeedParser.parse(document, null, null).entries().size();
    }
}
