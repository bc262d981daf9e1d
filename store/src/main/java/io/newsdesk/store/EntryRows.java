package io.newsdesk.store;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps an {@link Entry}'s content to the columns of {@code entries} and back. */
final class EntryRows {

    private static final Logger log = LoggerFactory.getLogger(EntryRows.class);

    /** The columns that hold an entry's content, named like the parameters {@link #bindContent} binds. */
    private static final List<String> CONTENT = List.of(
            "guid", "link", "title", "published_at", "published_precision", "updated_at", "authors", "summary",
            "content", "dek", "categories", "enclosures", "source_name", "source_url", "teaser", "item_count",
            "language", "image_url");

    private EntryRows() {}

    /** The content columns, each prefixed (e.g. {@code "e."}), comma-separated. */
    static String columns(String prefix) {
        return CONTENT.stream().map(column -> prefix + column).collect(Collectors.joining(", "));
    }

    /** The content parameters ({@code :guid, :link, …}) in the order of {@link #columns}. */
    static String parameters() {
        return columns(":");
    }

    /** {@code column = :column} for every content column, for an UPDATE. */
    static String assignments() {
        return CONTENT.stream().map(column -> column + " = :" + column).collect(Collectors.joining(", "));
    }

    /** Binds the content parameters. */
    static <S extends SqlStatement<S>> S bindContent(S statement, Entry entry) {
        Source source = entry.source();
        return statement
                .bind("guid", entry.guid())
                .bind("link", entry.link())
                .bind("title", entry.title())
                .bind("published_at", Columns.millis(entry.published()))
                .bind("published_precision",
                        entry.publishedPrecision() == null ? null : entry.publishedPrecision().code())
                .bind("updated_at", Columns.millis(entry.updated()))
                .bind("authors", JsonColumns.writeStrings(entry.authors()))
                .bind("summary", entry.summary())
                .bind("content", entry.content())
                .bind("dek", entry.dek())
                .bind("categories", JsonColumns.writeStrings(entry.categories()))
                .bind("enclosures", JsonColumns.writeEnclosures(entry.enclosures()))
                .bind("source_name", source == null ? null : source.name())
                .bind("source_url", source == null ? null : source.url())
                .bind("teaser", entry.teaser())
                .bind("item_count", entry.count())
                .bind("language", entry.language())
                .bind("image_url", entry.imageUrl());
    }

    /** Reads the content columns of a row whose {@code id} column is the entry's id. */
    static Entry readContent(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String sourceName = rs.getString("source_name");
        String sourceUrl = rs.getString("source_url");
        return new Entry(
                rs.getString("guid"),
                rs.getString("title"),
                rs.getString("link"),
                Columns.instant(rs, "published_at"),
                Columns.instant(rs, "updated_at"),
                precision(rs.getString("published_precision"), id),
                JsonColumns.readStrings(rs.getString("authors"), "authors", id),
                rs.getString("summary"),
                rs.getString("content"),
                rs.getString("dek"),
                JsonColumns.readStrings(rs.getString("categories"), "categories", id),
                JsonColumns.readEnclosures(rs.getString("enclosures"), id),
                sourceName == null && sourceUrl == null ? null : new Source(sourceName, sourceUrl),
                rs.getBoolean("teaser"),
                Columns.nullableInt(rs, "item_count"),
                rs.getString("language"),
                rs.getString("image_url"));
    }

    private static DatePrecision precision(String code, long entryId) {
        if (code == null) {
            return null;
        }
        try {
            return DatePrecision.fromCode(code);
        } catch (IllegalArgumentException e) {
            log.warn("Entry {} has an unknown date precision '{}'; taking it as exact", entryId, code);
            return DatePrecision.SECOND;
        }
    }
}
