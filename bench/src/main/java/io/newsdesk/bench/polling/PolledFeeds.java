package io.newsdesk.bench.polling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The small RSS documents the polling benchmark serves: each feed a handful of short stories, in a
 * first version and, for the feeds that change between cycles, a second with one story more. Each
 * version has its validators, so a conditional request for an unchanged feed can be answered 304.
 */
final class PolledFeeds {

    /** Stories in a feed's first version. */
    static final int STORIES = 10;

    private static final Instant EPOCH = Instant.parse("2026-11-01T08:00:00Z");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final List<String> SENTENCES = List.of(
            "The council met late into the evening to settle the harbour budget.",
            "Residents queued outside the library as the new reading room opened.",
            "Ferry crossings resumed after the morning fog lifted over the estuary.",
            "The regional orchestra announced a winter season of free concerts.",
            "Farmers reported an early harvest after a dry and sunny autumn.",
            "A volunteer crew repaired the coastal path washed out in the storm.");

    private PolledFeeds() {}

    /** The path of a feed on its host. */
    static String path(int feed) {
        return "/feeds/" + feed + ".xml";
    }

    /** The feed a path names, or -1. */
    static int feedOf(String path) {
        if (!path.startsWith("/feeds/") || !path.endsWith(".xml")) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring("/feeds/".length(), path.length() - ".xml".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The ETag of a version of a feed. */
    static String etag(int feed, int version) {
        return "\"f" + feed + "-v" + version + "\"";
    }

    /** The Last-Modified of a version, the same for every feed. */
    static String lastModified(int version) {
        return HTTP_DATE.format(EPOCH.plusSeconds(3600L * version));
    }

    /** A version of a feed's document, RSS 2.0 in UTF-8. */
    static byte[] document(int feed, int version) {
        StringBuilder xml = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n")
                .append("<title>Local news ").append(feed).append("</title>\n")
                .append("<link>https://news").append(feed).append(".example/</link>\n")
                .append("<description>Stories from town number ").append(feed).append("</description>\n");
        int stories = STORIES + version - 1;
        for (int story = stories; story >= 1; story--) {
            xml.append("<item><title>Story ").append(story).append(" from town ").append(feed).append("</title>")
                    .append("<link>https://news").append(feed).append(".example/story/").append(story).append("</link>")
                    .append("<guid isPermaLink=\"false\">town-").append(feed).append("-story-").append(story).append("</guid>")
                    .append("<pubDate>").append(HTTP_DATE.format(EPOCH.plusSeconds(1800L * story))).append("</pubDate>")
                    .append("<description>").append(SENTENCES.get((feed + story) % SENTENCES.size())).append(' ')
                    .append(SENTENCES.get((feed * 7 + story) % SENTENCES.size())).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress a document held in memory", e);
        }
        return out.toByteArray();
    }
}
