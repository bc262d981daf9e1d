package io.newsdesk.parse;

import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.detail.Problem;
import io.newsdesk.parse.encoding.DecodedText;
import io.newsdesk.parse.encoding.DocumentDecoder;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlLimitException;
import io.newsdesk.parse.xml.XmlReadException;
import io.newsdesk.parse.xml.XmlSyntaxException;
import io.newsdesk.parse.xml.XmlTextRepair;
import java.nio.charset.StandardCharsets;

/**
 * Reads an XML feed: decodes it, repairs what can be repaired in the text, streams it through
 * the strict parser, and if the XML is still not well-formed, reads it again through the lenient
 * one, noting why.
 */
final class XmlFeedReader {

    /** The public identifier of Netscape's RSS 0.91 DTD, which tells its 0.91 from Userland's. */
    private static final String NETSCAPE_RSS_DTD = "-//Netscape Communications//DTD RSS 0.91//EN";

    private final XmlCursor.Origin origin;
    private final ParseLimits limits;
    private final XmlCursor.Limits cursorLimits;

    private XmlFeedReader(DocumentOrigin origin, ParseLimits limits, boolean utf8) {
        this.origin = new XmlCursor.Origin(origin.url(), PlainText.blankToNull(origin.contentLanguage()), utf8);
        this.limits = limits;
        this.cursorLimits = new XmlCursor.Limits(limits.maxDepth(), limits.maxTextLength());
    }

    /** Reads an XML feed document held in memory. */
    static ParsedFeed read(byte[] body, DocumentOrigin origin, ParseLimits limits) throws FeedParseException {
        DecodedText decoded = DocumentDecoder.decode(body, origin.contentType());
        XmlTextRepair.Result repaired = XmlTextRepair.repair(decoded.text(), decoded.plainCharacters());
        Problems known = new Problems();
        ContentTypes.check(origin.contentType(), known);
        known.addAll(Problem.Kind.ENCODING, decoded.problems());
        known.addAll(Problem.Kind.MALFORMED, repaired.problems());
        boolean utf8 = decoded.charset().equals(StandardCharsets.UTF_8);
        return new XmlFeedReader(origin, limits, utf8).read(repaired.text(), decoded.name(), known);
    }

    private ParsedFeed read(String text, String encoding, Problems known) throws FeedParseException {
        try {
            Problems problems = copy(known);
            DocumentBuilder document = new DocumentBuilder(origin.url(), limits.maxEntries(), problems, null);
            XmlCursor cursor = XmlCursor.strict(text, origin, cursorLimits, problems);
            readDocument(cursor, document, false);
            return build(document, cursor, encoding, text);
        } catch (XmlSyntaxException e) {
            Problems problems = copy(known);
            problems.malformed(e.getMessage() + " (recovered with a lenient parser)");
            DocumentBuilder document = new DocumentBuilder(origin.url(), limits.maxEntries(), problems, null);
            XmlCursor cursor = XmlCursor.lenient(text, origin, cursorLimits, problems);
            try {
                readDocument(cursor, document, true);
            } catch (XmlReadException lenientFailure) {
                throw refusal(lenientFailure);
            }
            return build(document, cursor, encoding, text);
        } catch (XmlReadException limitExceeded) {
            throw refusal(limitExceeded);
        }
    }

    private static ParsedFeed build(DocumentBuilder document, XmlCursor cursor, String encoding, String text) {
        // Only an RSS 0.91 document's DOCTYPE tells Netscape's from Userland's: no other is searched.
        if (document.version() == FeedVersion.RSS091_USERLAND && text.contains(NETSCAPE_RSS_DTD)) {
            document.version(FeedVersion.RSS091_NETSCAPE);
        }
        return document.build(encoding, cursor.declaredNamespaces());
    }

    private static Problems copy(Problems known) {
        Problems problems = new Problems();
        known.list().forEach(problem -> problems.add(problem.kind(), problem.message()));
        return problems;
    }

    /**
     * Finds the feed's root and reads it. A well-formed document has one root; the lenient parser
     * may find stray elements before the feed (a PHP warning in HTML), which are passed over.
     */
    static void readDocument(XmlCursor cursor, DocumentBuilder document, boolean lenient)
            throws XmlReadException, FeedParseException {
        String refusal = null;
        while (cursor.nextChild(0)) {
            FormatReader reader = FeedRoots.readerFor(cursor);
            if (reader == null) {
                refusal = refusal == null ? FeedRoots.refusal(cursor) : refusal;
                continue;
            }
            reader.read(cursor, document);
            if (!lenient) {
                ignoreTrailingContent(cursor, document);
            }
            return;
        }
        throw new FeedParseException(refusal != null ? refusal : "not a feed: the document has no XML elements");
    }

    /** What follows the root cannot change the feed; a fault there is noted, not a reason to start over. */
    private static void ignoreTrailingContent(XmlCursor cursor, DocumentBuilder document) {
        try {
            if (cursor.nextChild(0)) {
                document.problems().malformed("content after the root element at " + cursor.location() + " was ignored");
            }
        } catch (XmlReadException e) {
            document.problems().malformed(e.getMessage() + " (after the root element; ignored)");
        }
    }

    static FeedParseException refusal(XmlReadException e) {
        return e instanceof XmlLimitException
                ? new FeedParseException("the feed cannot be read safely: " + e.getMessage(), e)
                : new FeedParseException(e.getMessage(), e);
    }
}
