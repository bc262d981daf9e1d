package io.newsdesk.service.testing;

import io.newsdesk.domain.Entry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Small, valid feed documents for tests, written out in full so a reader sees what is served. */
public final class Feeds {

    /** One RSS item. */
    public record Item(String guid, String title, Instant published, String text) {}

    private Feeds() {}

    public static Item item(String guid, String title, Instant published, String text) {
        return new Item(guid, title, published, text);
    }

    /** An RSS 2.0 document with the items, and a {@code <ttl>} in minutes when {@code ttlMinutes > 0}. */
    public static String rss(String title, int ttlMinutes, List<Item> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>%s</title>
                    <link>https://news.example/</link>
                    <description>Test feed %s</description>
                """.formatted(title, title));
        if (ttlMinutes > 0) {
            xml.append("    <ttl>").append(ttlMinutes).append("</ttl>\n");
        }
        for (Item item : items) {
            xml.append("""
                        <item>
                          <guid isPermaLink="false">%s</guid>
                          <title>%s</title>
                          <link>https://news.example/%s</link>
                          <pubDate>%s</pubDate>
                          <description>%s</description>
                        </item>
                    """.formatted(item.guid(), item.title(), item.guid(),
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published().atOffset(ZoneOffset.UTC)),
                    item.text()));
        }
        return xml.append("  </channel>\n</rss>\n").toString();
    }

    /** The items as entries, as a parser would deliver them. */
    public static List<Entry> rssItems(Item... items) {
        return Arrays.stream(items)
                .map(item -> Entry.builder()
                        .guid(item.guid())
                        .title(item.title())
                        .link("https://news.example/" + item.guid())
                        .published(item.published())
                        .summary(item.text())
                        .build())
                .toList();
    }

    /** An RSS 2.0 document without ttl. */
    public static String rss(String title, Item... items) {
        return rss(title, 0, List.of(items));
    }

    /** An HTML page whose head announces the feeds, each given as {@code type} then {@code href}. */
    public static String pageAnnouncing(String... typeThenHref) {
        StringBuilder links = new StringBuilder();
        for (int i = 0; i + 1 < typeThenHref.length; i += 2) {
            links.append("    <link rel=\"alternate\" type=\"").append(typeThenHref[i])
                    .append("\" href=\"").append(typeThenHref[i + 1]).append("\">\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                  <head>
                    <title>News site</title>
                %s  </head>
                  <body><h1>News site</h1><p>Welcome.</p></body>
                </html>
                """.formatted(links);
    }
}
