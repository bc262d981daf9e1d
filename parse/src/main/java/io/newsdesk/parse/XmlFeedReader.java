package io.newsdesk.parse;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.encoding.DecodedText;
import io.newsdesk.parse.encoding.DocumentDecoder;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlLimitException;
import io.newsdesk.parse.xml.XmlReadException;
import io.newsdesk.parse.xml.XmlSyntaxException;
import io.newsdesk.parse.xml.XmlTextRepair;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an XML feed: decodes it, repairs what can be repaired in the text, streams it through
 * the strict parser, and if the XML is still not well-formed, reads it again through the lenient
 * one, noting why.
 */
final class XmlFeedReader {

    private final String url;
    private final ParseLimits limits;
    private final XmlCursor.Limits cursorLimits;

    private XmlFeedReader(String url, ParseLimits limits) {
        this.url = url;
        this.limits = limits;
        this.cursorLimits = new XmlCursor.Limits(limits.maxDepth(), limits.maxTextLength());
    }

    static FeedDocument read(byte[] body, String contentType, String url, ParseLimits limits)
            throws FeedParseException {
        DecodedText decoded = DocumentDecoder.decode(body, contentType);
        XmlTextRepair.Result repaired = XmlTextRepair.repair(decoded.text());
        List<String> known = new ArrayList<>(decoded.problems());
        known.addAll(repaired.problems());
        return new XmlFeedReader(url, limits).read(repaired.text(), known);
    }

    private FeedDocument read(String text, List<String> known) throws FeedParseException {
        try {
            Problems problems = problems(known);
            FeedDraft feed = new FeedDraft(url, limits.maxEntries(), problems);
            readDocument(XmlCursor.strict(text, url, cursorLimits, problems), feed, false);
            return feed.build();
        } catch (XmlSyntaxException e) {
            Problems problems = problems(known);
            problems.accept(e.getMessage() + " (recovered with a lenient parser)");
            FeedDraft feed = new FeedDraft(url, limits.maxEntries(), problems);
            try {
                readDocument(XmlCursor.lenient(text, url, cursorLimits, problems), feed, true);
            } catch (XmlReadException lenientFailure) {
                throw refusal(lenientFailure);
            }
            return feed.build();
        } catch (XmlReadException limitExceeded) {
            throw refusal(limitExceeded);
        }
    }

    private static Problems problems(List<String> known) {
        Problems problems = new Problems();
        problems.addAll(known);
        return problems;
    }

    /**
     * Finds the feed's root and reads it. A well-formed document has one root; the lenient parser
     * may find stray elements before the feed (a PHP warning in HTML), which are passed over.
     */
    private static void readDocument(XmlCursor cursor, FeedDraft feed, boolean lenient)
            throws XmlReadException, FeedParseException {
        String refusal = null;
        while (cursor.nextChild(0)) {
            FormatReader reader = FeedRoots.readerFor(cursor);
            if (reader == null) {
                refusal = refusal == null ? FeedRoots.refusal(cursor) : refusal;
                continue;
            }
            reader.read(cursor, feed);
            if (!lenient) {
                ignoreTrailingContent(cursor, feed);
            }
            return;
        }
        throw new FeedParseException(refusal != null ? refusal : "not a feed: the document has no XML elements");
    }

    /** What follows the root cannot change the feed; a fault there is noted, not a reason to start over. */
    private static void ignoreTrailingContent(XmlCursor cursor, FeedDraft feed) {
        try {
            if (cursor.nextChild(0)) {
                feed.problems().accept("content after the root element at " + cursor.location() + " was ignored");
            }
        } catch (XmlReadException e) {
            feed.problems().accept(e.getMessage() + " (after the root element; ignored)");
        }
    }

    private static FeedParseException refusal(XmlReadException e) {
        return e instanceof XmlLimitException
                ? new FeedParseException("the feed cannot be read safely: " + e.getMessage(), e)
                : new FeedParseException(e.getMessage(), e);
    }
}
