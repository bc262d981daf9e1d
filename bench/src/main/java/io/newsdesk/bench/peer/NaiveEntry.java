package io.newsdesk.bench.peer;

import java.time.Instant;
import java.util.List;

/**
 * An entry as the naive peer keeps it: the fields as the parser returned them, HTML unsanitized.
 *
 * @param guid the publisher's id, or {@code null}
 * @param link the article URL, or {@code null}
 * @param title the headline, or {@code null}
 * @param author the first author, or {@code null}
 * @param categories category names
 * @param published publication (or else update) time, or {@code null}
 * @param html the body (full content if given, else the summary), or {@code null}
 */
record NaiveEntry(
        String guid,
        String link,
        String title,
        String author,
        List<String> categories,
        Instant published,
        String html) {}
