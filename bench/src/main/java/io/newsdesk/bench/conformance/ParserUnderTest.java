package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.PyException;
import java.util.List;

/** A feed parser the conformance runner scores: it maps its output to feedparser's result shape. */
interface ParserUnderTest {

    /** The parser's name in reports. */
    String name();

    /**
     * Parses a test document as served and returns feedparser's result dictionary for it; a
     * document the parser refuses gives feedparser's result for an unreadable one (bozo, no feed,
     * no entries). Never throws.
     */
    FeedParserDict parse(ConformanceCase testCase, ServedDocument served);

    /** feedparser's result for a document that could not be read at all. */
    static FeedParserDict refused(String message) {
        return new FeedParserDict()
                .put("bozo", true)
                .put("bozo_exception", new PyException(FeedparserTypes.SAX_PARSE, message))
                .put("feed", new FeedParserDict())
                .put("entries", List.of())
                .put("version", "")
                .put("namespaces", new FeedParserDict());
    }
}
