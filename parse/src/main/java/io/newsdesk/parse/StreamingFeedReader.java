package io.newsdesk.parse;

import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.detail.Problem;
import io.newsdesk.parse.encoding.DecodedStream;
import io.newsdesk.parse.encoding.DocumentDecoder;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.RepairingReader;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import io.newsdesk.parse.xml.XmlSyntaxException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import io.newsdesk.parse.feed.EntrySink;

/**
 * Reads a feed too large to hold, handing each entry on as soon as it is read: memory holds the
 * feed's metadata and one entry, whatever the document's size.
 *
 * <p>The text is repaired on the way as in {@link FeedParser#parse} (undeclared HTML entities,
 * bare ampersands, control characters), but it cannot be read again by the lenient parser: reading
 * stops at the first fault that remains (the entries before it have been handed on, and the fault
 * is a problem of the result); {@link FeedParser#parse} recovers such documents instead. JSON
 * Feed documents are read whole, within {@link ParseLimits#maxDocumentBytes()}.
 */
final class StreamingFeedReader {

    private static final int HEAD_BYTES = DocumentSniffer.HEAD_BYTES;

    private StreamingFeedReader() {}

    static ParsedFeed read(InputStream body, DocumentOrigin origin, ParseLimits limits, EntrySink handler)
            throws FeedParseException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(body, HEAD_BYTES * 2);
        buffered.mark(HEAD_BYTES);
        byte[] head = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        if (head.length == 0) {
            throw new FeedParseException("not a feed: the document is empty");
        }
        if (FeedParser.startsLikeJson(head)) {
            byte[] whole = buffered.readNBytes(limits.maxDocumentBytes() + 1);
            try {
                return FeedParser.readJson(whole, origin, limits, handler);
            } catch (RuntimeException e) {
                throw FeedParser.internalError(origin, e);
            }
        }
        FeedParser.refuseNonFeeds(head, origin.contentType());
        try {
            return readXml(buffered, origin, limits, handler);
        } catch (RuntimeException e) {
            throw FeedParser.internalError(origin, e);
        }
    }

    private static ParsedFeed readXml(InputStream body, DocumentOrigin origin, ParseLimits limits,
            EntrySink handler) throws FeedParseException, IOException {
        DecodedStream decoded = DocumentDecoder.open(body, origin.contentType());
        Problems problems = new Problems();
        ContentTypes.check(origin.contentType(), problems);
        problems.addAll(Problem.Kind.ENCODING, decoded.problems());
        DocumentBuilder document = new DocumentBuilder(origin.url(), limits.maxEntries(), problems, handler);
        XmlCursor.Origin cursorOrigin = new XmlCursor.Origin(origin.url(), PlainText.blankToNull(origin.contentLanguage()),
                decoded.charset().equals(StandardCharsets.UTF_8));
        XmlCursor.Limits cursorLimits = new XmlCursor.Limits(limits.maxDepth(), limits.maxTextLength());
        RepairingReader text = new RepairingReader(decoded.reader(), limits.maxTextLength());
        XmlCursor cursor = null;
        try {
            cursor = XmlCursor.strict(text, cursorOrigin, cursorLimits, problems);
            XmlFeedReader.readDocument(cursor, document, false);
        } catch (XmlSyntaxException e) {
            if (document.version() == null) {
                throw new FeedParseException(e.getMessage(), e);
            }
            problems.malformed(e.getMessage() + " (a streamed feed is read up to its first fault; what follows was not read)");
        } catch (XmlReadException limitExceeded) {
            throw XmlFeedReader.refusal(limitExceeded);
        }
        problems.addAll(Problem.Kind.MALFORMED, text.problems());
        return document.build(decoded.name(), cursor == null ? Map.of() : cursor.declaredNamespaces());
    }
}
