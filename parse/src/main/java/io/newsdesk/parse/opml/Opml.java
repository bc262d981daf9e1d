package io.newsdesk.parse.opml;

import java.util.List;

/** Reads and writes OPML subscription lists, for importing and exporting a reader's feeds. */
public final class Opml {

    /** More than any person subscribes to; a larger list is refused rather than half-imported. */
    static final int MAX_FEEDS = 10_000;

    private Opml() {}

    /**
     * Reads an OPML 1.0 or 2.0 subscription list. Outlines with an {@code xmlUrl} are feeds;
     * outlines without one are folders whose title becomes the category of the feeds inside
     * (the nearest folder wins). Feeds listed twice are kept once.
     *
     * @throws OpmlException when the document is not OPML or lists no feed
     */
    public static OpmlDocument read(byte[] body) throws OpmlException {
        return OpmlReader.read(body, MAX_FEEDS);
    }

    /**
     * Writes an OPML 2.0 subscription list with one folder outline per category.
     *
     * @param title the list's title, or {@code null}
     * @param feeds the feeds, in the order to list them
     */
    public static String write(String title, List<OpmlFeed> feeds) {
        return OpmlWriter.write(title, feeds);
    }
}
