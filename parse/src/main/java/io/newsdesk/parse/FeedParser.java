package io.newsdesk.parse;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.EntrySink;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.jsonfeed.JsonFeedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsdesk's feed parser: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 into a
 * {@link FeedDocument}, or in full detail into a {@link ParsedFeed} (of which the
 * {@code FeedDocument} is a {@linkplain DomainProjection projection}).
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
        return DomainProjection.document(parseDetailed(body, DocumentOrigin.of(url, contentType), limits));
    }

    /**
     * Parses a feed document in full detail: every text with its type, language and base, links,
     * people, categories, dates as written, extension modules, the document's version, encoding,
     * namespaces and problems.
     *
     * @see #parse(byte[], String, String)
     */
    public static ParsedFeed parseDetailed(byte[] body, DocumentOrigin origin, ParseLimits limits)
            throws FeedParseException {
        checkSize(body, limits);
        try {
            if (startsLikeJson(body)) {
                return readJson(body, origin, limits, null);
            }
            refuseNonFeeds(body, origin.contentType());
            return XmlFeedReader.read(body, origin, limits);
        } catch (RuntimeException e) {
            throw internalError(origin, e);
        }
    }

    /**
     * Parses a feed of any size in bounded memory, handing each entry to {@code handler} as soon
     * as it is read: only the feed's metadata and the entry being read are held. For huge feeds
     * (a 100 MB podcast archive); {@link #parseDetailed} is the choice for everything else: the
     * text of a streamed document is repaired on the way as usual (undeclared HTML entities, bare
     * ampersands), but a fault that remains ends the read there instead of being recovered by
     * the lenient parser (the fault is among the result's problems).
     * {@link ParseLimits#maxDocumentBytes()} does not apply to XML, which is never held; JSON Feed
     * documents are read whole.
     *
     * @param body the document (not closed)
     * @param handler receives each entry, in document order, up to {@link ParseLimits#maxEntries()}
     * @return what the feed says about itself, without entries
     * @throws IOException when reading the stream fails
     */
    public static ParsedFeed stream(InputStream body, DocumentOrigin origin, ParseLimits limits,
            Consumer<ParsedEntry> handler) throws FeedParseException, IOException {
        return StreamingFeedReader.read(body, origin, limits, (entry, document) -> handler.accept(entry));
    }

    /**
     * {@link #stream(InputStream, DocumentOrigin, ParseLimits, Consumer)} with the domain's view:
     * each entry as an {@link io.newsdesk.domain.Entry}.
     *
     * @return the feed document, without entries
     */
    public static FeedDocument stream(InputStream body, String contentType, String url, ParseLimits limits,
            EntryHandler handler) throws FeedParseException, IOException {
        EntrySink domainEntries = (entry, document) -> handler.entry(DomainProjection.entry(
                entry, document.metadata().authors(), document.metadata().language(), document.version()));
        ParsedFeed feed = StreamingFeedReader.read(body, DocumentOrigin.of(url, contentType), limits, domainEntries);
        return DomainProjection.channel(feed, List.of());
    }

    private static void checkSize(byte[] body, ParseLimits limits) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("not a feed: the document is empty");
        }
        if (body.length > limits.maxDocumentBytes()) {
            throw new FeedParseException("the document is larger than " + megabytes(limits.maxDocumentBytes())
                    + " MB, more than any feed should be");
        }
    }

    /**
     * Reads a JSON Feed document, keeping its entries or handing each to {@code handler} as soon
     * as it is read.
     */
    static ParsedFeed readJson(byte[] body, DocumentOrigin origin, ParseLimits limits, EntrySink handler)
            throws FeedParseException {
        checkSize(body, limits);
        refuseNonFeeds(body, origin.contentType());
        DocumentBuilder document = new DocumentBuilder(origin.url(), limits.maxEntries(), new Problems(), handler);
        JsonFeedReader.read(body, document, limits.maxDepth(), limits.maxTextLength());
        return document.build("utf-8", Map.of());
    }

    /** A fault in this parser must not take the caller down with it; it is logged for a fix. */
    static FeedParseException internalError(DocumentOrigin origin, RuntimeException e) {
        LOG.warn("internal error parsing the feed at {}", origin.url(), e);
        return new FeedParseException("the feed could not be read because of an internal error ("
                + e.getClass().getSimpleName() + "); please report it", e);
    }

    /** Refuses documents that are recognizably no feed, with the reason in the user's words. */
    static void refuseNonFeeds(byte[] head, String contentType) throws FeedParseException {
        switch (DocumentSniffer.sniff(head, contentType)) {
            case HTML -> throw new FeedParseException("not a feed: this is an HTML page");
            case OPML -> throw new FeedParseException("not a feed: this is an OPML subscription list; import it instead");
            case TEXT -> throw new FeedParseException("not a feed: this is plain text");
            default -> { }
        }
    }

    /** JSON Feed is UTF-8 (RFC 8259), so a look at the bytes suffices: a BOM, whitespace, then a brace. */
    static boolean startsLikeJson(byte[] body) {
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
