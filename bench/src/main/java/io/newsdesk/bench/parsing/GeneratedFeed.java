package io.newsdesk.bench.parsing;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RSS 2.0 feed of a given size, written as it is read: only the item being read is ever in
 * memory, so a 100 MB feed can be parsed under a heap far smaller than the document. Each item
 * has a title, link, guid, date, categories and an escaped HTML body of about 2 KB.
 */
public final class GeneratedFeed extends InputStream {

    /** Where the feed claims to be, the base of the relative links in its items. */
    public static final String URL = "https://gazette.example/feed.xml";

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>The Generated Gazette</title>
            <link>https://gazette.example/</link>
            <description>A feed as large as asked for</description>
            """;
    private static final String TAIL = "</channel>\n</rss>\n";
    /** A paragraph, in two halves around the item's number: built by appending, which costs the benchmark little. */
    private static final String PARAGRAPH_START = "&lt;p&gt;The council met on Tuesday to discuss the harbour "
            + "plans, and &lt;a href=\"/harbour/";
    private static final String PARAGRAPH_END = "\"&gt;the minutes&lt;/a&gt; show a long debate about "
            + "the &lt;em&gt;cost&lt;/em&gt; of dredging, the ferry timetable and the new market hall."
            + "&lt;/p&gt;\n";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final long targetBytes;
    private long written;
    private int items;
    private byte[] chunk;
    private int chunkPos;
    private boolean finished;

    /** @param targetBytes the size to reach; the feed ends with the first item past it */
    public GeneratedFeed(long targetBytes) {
        this.targetBytes = targetBytes;
        this.chunk = HEAD.getBytes(StandardCharsets.UTF_8);
    }

    /** The number of items written so far (all of them once the stream is read to the end). */
    public int items() {
        return items;
    }

    /** The number of bytes handed out so far. */
    public long bytesRead() {
        return written;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (chunkPos == chunk.length && !nextChunk()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - chunkPos);
        System.arraycopy(chunk, chunkPos, buffer, offset, count);
        chunkPos += count;
        written += count;
        return count;
    }

    private boolean nextChunk() {
        if (finished) {
            return false;
        }
        if (written >= targetBytes) {
            chunk = TAIL.getBytes(StandardCharsets.UTF_8);
            finished = true;
        } else {
            chunk = item(items++).getBytes(StandardCharsets.UTF_8);
        }
        chunkPos = 0;
        return true;
    }

    private static String item(int n) {
        StringBuilder item = new StringBuilder(2600);
        item.append("<item>\n<title>Harbour report, part ").append(n).append("</title>\n")
                .append("<link>https://gazette.example/harbour/").append(n).append("</link>\n")
                .append("<guid isPermaLink=\"false\">gazette-").append(n).append("</guid>\n")
                .append("<pubDate>").append(RFC_822.format(Instant.ofEpochSecond(1_700_000_000L + n * 600L)))
                .append("</pubDate>\n")
                .append("<dc:creator>Ann Reporter</dc:creator>\n<category>Harbour</category>\n")
                .append("<description>");
        for (int p = 0; p < 6; p++) {
            item.append(PARAGRAPH_START).append(n).append(PARAGRAPH_END);
        }
        return item.append("</description>\n</item>\n").toString();
    }
}
