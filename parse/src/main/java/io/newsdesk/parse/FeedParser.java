package io.newsdesk.parse;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.jsonfeed.JsonFeedReader;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsdesk's feed parser: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 into a
 * {@link FeedDocument}.
 *
 * <p>The format is recognized from the document itself. XML is read in one streaming pass; a
 * document that is not well-formed is recovered by a lenient parser, and what was wrong is listed
 * in {@link FeedDocument#problems()}. HTML in entries is sanitized, relative URLs are resolved
 * ({@code xml:base} included), dates are read with their precision.
 *
 * <p>Safe on hostile input: no DTD is read, no entity expanded or fetched, and the limits in
 * {@link ParseLimits} bound size, entries, field length and nesting. Thread-safe; no state.
 */
public final class FeedParser {

    private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);

    private FeedParser() {}

    /**
     * Parses a feed document with the {@linkplain ParseLimits#DEFAULTS default limits}.
     *
     * @param body the document's bytes
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}: its charset counts;
     *     its media type only breaks ties, since the document itself decides the format
     * @param url where the document came from, the base for relative links; {@code null} for a
     *     local file
     * @throws FeedParseException when the document is not a feed or cannot be recovered
     */
    public static FeedDocument parse(byte[] body, String contentType, String url) throws FeedParseException {
        return parse(body, contentType, url, ParseLimits.DEFAULTS);
    }

    /**
     * Parses a feed document read from a stream (which is not closed).
     *
     * @throws IOException when reading the stream fails
     * @see #parse(byte[], String, String)
     */
    public static FeedDocument parse(InputStream body, String contentType, String url)
            throws FeedParseException, IOException {
        return parse(body, contentType, url, ParseLimits.DEFAULTS);
    }

    /**
     * Parses a feed document read from a stream (which is not closed), within the given limits.
     *
     * @throws IOException when reading the stream fails
     */
    public static FeedDocument parse(InputStream body, String contentType, String url, ParseLimits limits)
            throws FeedParseException, IOException {
        byte[] bytes = body.readNBytes(limits.maxDocumentBytes() + 1);
        return parse(bytes, contentType, url, limits);
    }

    /**
     * Parses a feed document within the given limits.
     *
     * @see #parse(byte[], String, String)
     */
    public static FeedDocument parse(byte[] body, String contentType, String url, ParseLimits limits)
            throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("not a feed: the document is empty");
        }
        if (body.length > limits.maxDocumentBytes()) {
            throw new FeedParseException("the document is larger than " + megabytes(limits.maxDocumentBytes())
                    + " MB, more than any feed should be");
        }
        try {
            return dispatch(body, contentType, url, limits);
        } catch (RuntimeException e) {
            // A fault in this parser must not take the caller down with it; it is logged for a fix.
            LOG.warn("internal error parsing the feed at {}", url, e);
            throw new FeedParseException("the feed could not be read because of an internal error ("
                    + e.getClass().getSimpleName() + "); please report it", e);
        }
    }

    private static FeedDocument dispatch(byte[] body, String contentType, String url, ParseLimits limits)
            throws FeedParseException {
        switch (DocumentSniffer.sniff(body, contentType)) {
            case HTML -> throw new FeedParseException("not a feed: this is an HTML page");
            case OPML -> throw new FeedParseException("not a feed: this is an OPML subscription list; import it instead");
            case TEXT -> throw new FeedParseException("not a feed: this is plain text");
            default -> { }
        }
        if (startsLikeJson(body)) {
            FeedDraft feed = new FeedDraft(url, limits.maxEntries(), new Problems());
            JsonFeedReader.read(body, feed, limits.maxDepth(), limits.maxTextLength());
            return feed.build();
        }
        return XmlFeedReader.read(body, contentType, url, limits);
    }

    /** JSON Feed is UTF-8 (RFC 8259), so a look at the bytes suffices: a BOM, whitespace, then a brace. */
    private static boolean startsLikeJson(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        return i < body.length && (body[i] == '{' || body[i] == '[');
    }

    private static long megabytes(int bytes) {
        return bytes / (1024 * 1024);
    }
}
