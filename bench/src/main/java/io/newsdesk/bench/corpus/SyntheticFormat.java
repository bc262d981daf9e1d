package io.newsdesk.bench.corpus;

/** The formats the corpus is written in, in equal shares: the three a news reader meets most. */
public enum SyntheticFormat {
    RSS20("application/rss+xml; charset=utf-8", "rss.xml", new RssWriter()),
    ATOM10("application/atom+xml; charset=utf-8", "atom.xml", new AtomWriter()),
    JSONFEED11("application/feed+json; charset=utf-8", "feed.json", new JsonFeedWriter());

    private final String contentType;
    private final String fileName;
    private final FeedWriter writer;

    SyntheticFormat(String contentType, String fileName, FeedWriter writer) {
        this.contentType = contentType;
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The Content-Type a server sends with a feed in this format. */
    public String contentType() {
        return contentType;
    }

    /** The last segment of the feed's URL path. */
    public String fileName() {
        return fileName;
    }

    byte[] write(SyntheticFeed feed) {
        return writer.write(feed);
    }
}
