package io.newsdesk.bench.corpus;

import java.util.List;

/**
 * One generated feed: a made-up local newspaper and its latest entries, newest first.
 *
 * @param index its position in the corpus, from 0
 * @param format the format it is served in
 * @param slug a URL-safe name, unique in the corpus
 * @param title the newspaper's name
 * @param siteUrl its home page (on a reserved {@code .example} domain)
 * @param description a one-line description
 * @param entries the entries, newest first
 */
public record SyntheticFeed(
        int index,
        SyntheticFormat format,
        String slug,
        String title,
        String siteUrl,
        String description,
        List<SyntheticEntry> entries) {

    public SyntheticFeed {
        entries = List.copyOf(entries);
    }

    /** The feed written in its format: what the server sends. */
    public byte[] document() {
        return format.write(this);
    }

    /** The path the feed is served at, such as {@code /valemouth-courier-7/feed.json}. */
    public String path() {
        return "/" + slug + "/" + format.fileName();
    }
}
