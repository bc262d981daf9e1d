package io.newsdesk.bench.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON Feed 1.1: {@code summary}, {@code content_html}, {@code authors}, {@code tags}, RFC 3339 dates. */
final class JsonFeedWriter implements FeedWriter {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public byte[] write(SyntheticFeed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(feed.entries().size() * 4096 + 1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("version", "https://jsonfeed.org/version/1.1");
            json.writeStringField("title", feed.title());
            json.writeStringField("home_page_url", feed.siteUrl());
            json.writeStringField("description", feed.description());
            json.writeStringField("language", "en");
            json.writeArrayFieldStart("items");
            for (SyntheticEntry entry : feed.entries()) {
                writeItem(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            // Writing to memory does not fail; this would be a bug in the writer.
            throw new UncheckedIOException("cannot write feed " + feed.slug() + " as JSON Feed", e);
        }
        return out.toByteArray();
    }

    private static void writeItem(JsonGenerator json, SyntheticEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entry.id());
        json.writeStringField("url", entry.link());
        json.writeStringField("title", entry.title());
        json.writeStringField("summary", entry.summary());
        json.writeStringField("content_html", entry.contentHtml());
        json.writeStringField("date_published", entry.published().toString());
        if (entry.updated() != null) {
            json.writeStringField("date_modified", entry.updated().toString());
        }
        json.writeArrayFieldStart("authors");
        for (String author : entry.authors()) {
            json.writeStartObject();
            json.writeStringField("name", author);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tags");
        for (String category : entry.categories()) {
            json.writeString(category);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
