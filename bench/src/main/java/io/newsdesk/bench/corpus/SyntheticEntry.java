package io.newsdesk.bench.corpus;

import java.time.Instant;
import java.util.List;

/**
 * One generated news item, before it is written in a feed format.
 *
 * @param id a globally unique identifier (a tag URI)
 * @param title the headline, plain text
 * @param link the article's URL (on a reserved {@code .example} domain, never fetched)
 * @param authors one or two names
 * @param categories one to three topics
 * @param published when it was published
 * @param updated when it was last revised, or {@code null}
 * @param summary the standfirst, plain text
 * @param contentHtml the body, 1–5 KB of HTML
 */
public record SyntheticEntry(
        String id,
        String title,
        String link,
        List<String> authors,
        List<String> categories,
        Instant published,
        Instant updated,
        String summary,
        String contentHtml) {

    public SyntheticEntry {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }
}
