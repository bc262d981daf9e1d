package io.newsdesk.e2e.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A small RSS 2.0 document that a test writes and then changes, item by item. */
public final class RssFeed {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /**
     * One item.
     *
     * @param guid its permanent id (what de-duplication goes by)
     * @param title the headline
     * @param published when it was published
     * @param text its description, plain text
     */
    public record Item(String guid, String title, Instant published, String text) {}

    private final String title;
    private final String siteUrl;
    private final List<Item> items;

    private RssFeed(String title, String siteUrl, List<Item> items) {
        this.title = title;
        this.siteUrl = siteUrl;
        this.items = List.copyOf(items);
    }

    /** An empty channel named {@code title} for the site at {@code siteUrl}. */
    public static RssFeed channel(String title, String siteUrl) {
        return new RssFeed(title, siteUrl, List.of());
    }

    /** This feed with {@code item} added at the top, as a publisher adds a new story. */
    public RssFeed with(Item item) {
        List<Item> newer = new ArrayList<>();
        newer.add(item);
        newer.addAll(items);
        return new RssFeed(title, siteUrl, newer);
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<rss version=\"2.0\"><channel>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link>").append(escape(siteUrl)).append("</link>\n")
                .append("<description>").append(escape(title)).append(" (a feed written by a test)</description>\n");
        for (Item item : items) {
            xml.append("<item>")
                    .append("<guid isPermaLink=\"false\">").append(escape(item.guid())).append("</guid>")
                    .append("<title>").append(escape(item.title())).append("</title>")
                    .append("<link>").append(escape(siteUrl + item.guid())).append("</link>")
                    .append("<pubDate>").append(RFC_822.format(item.published())).append("</pubDate>")
                    .append("<description>").append(escape(item.text())).append("</description>")
                    .append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
