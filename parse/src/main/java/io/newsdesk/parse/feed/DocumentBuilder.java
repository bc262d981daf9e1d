package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.ParsedFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What format readers write into: the document's version, the feed's metadata, its entries (kept,
 * or handed on one by one when streaming) and the problems found.
 */
public final class DocumentBuilder {

    private final String documentUrl;
    private final int maxEntries;
    private final Problems problems;
    private final EntrySink handler;
    private final List<ParsedEntry> entries = new ArrayList<>();
    private final MetadataBuilder metadata = new MetadataBuilder();
    private FeedVersion version;
    private int entryCount;
    private boolean entriesCut;

    /**
     * @param documentUrl where the document came from, or {@code null}
     * @param maxEntries how many entries to read; later ones are skipped and the cut noted
     * @param problems where to note what was wrong
     * @param handler receives each entry as soon as it is read, or {@code null} to keep them all
     */
    public DocumentBuilder(String documentUrl, int maxEntries, Problems problems, EntrySink handler) {
        this.documentUrl = documentUrl;
        this.maxEntries = maxEntries;
        this.problems = problems;
        this.handler = handler;
    }

    /** Where the document came from, or {@code null}. */
    public String documentUrl() {
        return documentUrl;
    }

    /** Where readers note what was wrong with the document. */
    public Problems problems() {
        return problems;
    }

    /** The version, once a reader has recognized the format. */
    public void version(FeedVersion value) {
        version = value;
    }

    /** The version recognized so far, or {@code null}. */
    public FeedVersion version() {
        return version;
    }

    /** What the feed says about itself, as read so far. */
    public MetadataBuilder metadata() {
        return metadata;
    }

    /** Adds an entry, unless the limit is reached. */
    public void add(ParsedEntry entry) {
        if (!wantsEntries()) {
            return;
        }
        entryCount++;
        if (handler != null) {
            handler.accept(entry, this);
        } else {
            entries.add(entry);
        }
    }

    /** {@code true} while more entries are wanted; readers skip entries once it is {@code false}. */
    public boolean wantsEntries() {
        if (entryCount < maxEntries) {
            return true;
        }
        if (!entriesCut) {
            entriesCut = true;
            problems.data("the feed has more than " + maxEntries + " entries; only the first " + maxEntries
                    + " were read");
        }
        return false;
    }

    /**
     * The document as read.
     *
     * @param encoding the name of the encoding the document was read in
     * @param namespaces the namespaces the document declares
     */
    public ParsedFeed build(String encoding, Map<String, String> namespaces) {
        return new ParsedFeed(version, metadata.build(), entries, encoding, namespaces, problems.list());
    }
}
