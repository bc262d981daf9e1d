package io.newsdesk.search;

import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The index's schema: field names, how each is indexed, and how a document is laid out. */
final class IndexFields {

    /** Headline; stored for highlighting. */
    static final String TITLE = "title";
    /** Standfirst; stored for highlighting. */
    static final String DEK = "dek";
    /** Article text; stored for highlighting. */
    static final String BODY = "body";
    /** Outlet or feed name; searchable only. */
    static final String SOURCE = "source";
    /** Entry id: an exact term to replace and delete by, and a doc value to read back and sort. */
    static final String ENTRY_ID = "entry_id";
    /** Feed id: points for restrictions and deletions, doc values for later facets. */
    static final String FEED_ID = "feed_id";
    /** Publication time in epoch milliseconds, as a doc value for sorting and date facets. */
    static final String PUBLISHED = "published";

    /**
     * How much a match in each searchable field counts. A word in the headline says more about
     * what an article is about than the same word deep in its body.
     */
    static final Map<String, Float> SEARCH_WEIGHTS =
            Map.of(TITLE, 3f, DEK, 2f, SOURCE, 1.5f, BODY, 1f);

    /**
     * Stored, with offsets in the postings so the highlighter finds matches without re-analysing
     * the text.
     */
    private static final FieldType HIGHLIGHTABLE = highlightable();

    private IndexFields() {}

    /** The document that represents {@code entry}. */
    static Document toDocument(SearchDocument entry) {
        Document document = new Document();
        document.add(new StringField(ENTRY_ID, Long.toString(entry.entryId()), Field.Store.NO));
        document.add(new NumericDocValuesField(ENTRY_ID, entry.entryId()));
        document.add(new LongField(FEED_ID, entry.feedId(), Field.Store.NO));
        if (entry.published() != null) {
            document.add(new NumericDocValuesField(PUBLISHED, entry.published().toEpochMilli()));
        }
        addText(document, TITLE, entry.title(), HIGHLIGHTABLE);
        addText(document, DEK, entry.dek(), HIGHLIGHTABLE);
        addText(document, BODY, entry.body(), HIGHLIGHTABLE);
        addText(document, SOURCE, entry.source(), TextField.TYPE_NOT_STORED);
        return document;
    }

    /** The term that identifies the document of {@code entryId}. */
    static Term entryIdTerm(long entryId) {
        return new Term(ENTRY_ID, Long.toString(entryId));
    }

    private static void addText(Document document, String field, String text, FieldType type) {
        if (text != null && !text.isBlank()) {
            document.add(new Field(field, text, type));
        }
    }

    private static FieldType highlightable() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
