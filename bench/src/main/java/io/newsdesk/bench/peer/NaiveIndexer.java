package io.newsdesk.bench.peer;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;

/**
 * Indexes the table with a plain Lucene {@link IndexWriter}: the same searchable text as
 * Newsdesk's index (title, body as text, source), stored for display, with the standard analyzer,
 * one commit at the end.
 */
final class NaiveIndexer {

    private NaiveIndexer() {}

    /** Adds every row of the table to a new index in {@code dir}; returns how many documents it holds. */
    static long index(Connection connection, Path dir) throws SQLException, IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, source, title, html, published FROM " + NaiveTable.TABLE)) {
            while (rows.next()) {
                writer.addDocument(document(rows));
            }
            writer.commit();
            return writer.getDocStats().numDocs;
        }
    }

    private static Document document(ResultSet row) throws SQLException {
        Document document = new Document();
        document.add(new StringField("id", Long.toString(row.getLong("id")), Field.Store.YES));
        addText(document, "title", row.getString("title"), Field.Store.YES);
        String html = row.getString("html");
        addText(document, "body", html == null ? null : Jsoup.parse(html).text(), Field.Store.YES);
        addText(document, "source", row.getString("source"), Field.Store.NO);
        long published = row.getLong("published");
        if (!row.wasNull()) {
            document.add(new NumericDocValuesField("published", published));
        }
        return document;
    }

    private static void addText(Document document, String field, String text, Field.Store store) {
        if (text != null) {
            document.add(new TextField(field, text, store));
        }
    }
}
