package io.newsdesk.bench.conformance;

import io.newsdesk.parse.DocumentOrigin;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.ParseLimits;
import io.newsdesk.parse.detail.ParsedFeed;

/** Newsdesk's parser in full detail, mapped by {@link NewsdeskResult}. */
final class NewsdeskParser implements ParserUnderTest {

    @Override
    public String name() {
        return "Newsdesk";
    }

    @Override
    public FeedParserDict parse(ConformanceCase testCase, ServedDocument served) {
        FeedParserDict result;
        try {
            result = NewsdeskResult.of(parseDetailed(testCase, served));
        } catch (FeedParseException e) {
            result = ParserUnderTest.refused(e.getMessage());
        }
        served.addTo(result);
        return result;
    }

    /** The detailed parse, for the safety check of what the reader would show. */
    static ParsedFeed parseDetailed(ConformanceCase testCase, ServedDocument served) throws FeedParseException {
        DocumentOrigin origin = new DocumentOrigin(served.baseUrl(), served.contentType(), served.contentLanguage());
        return FeedParser.parseDetailed(testCase.body(), origin, ParseLimits.DEFAULTS);
    }
}
