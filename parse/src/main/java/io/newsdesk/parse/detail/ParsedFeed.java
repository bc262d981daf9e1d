package io.newsdesk.parse.detail;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A feed document as the parser read it, in full detail: the richer view beside the domain's
 * {@link io.newsdesk.domain.FeedDocument}, which is a projection of it.
 *
 * @param version the format and version
 * @param feed what the feed says about itself
 * @param entries the entries in document order (empty from a streaming parse, whose entries went
 *     to the handler)
 * @param encoding the name of the character encoding the document was read in: the label as
 *     declared (lower case) when a declaration was honoured, else the encoding found (a byte order
 *     mark's {@code utf-16le}, the default {@code utf-8}, a detected legacy encoding's name)
 * @param namespaces the namespaces the document declares, by prefix ({@code ""} for the default)
 * @param problems what was wrong and worked around, in the order found
 */
public record ParsedFeed(
        FeedVersion version,
        FeedMetadata feed,
        List<ParsedEntry> entries,
        String encoding,
        Map<String, String> namespaces,
        List<Problem> problems) {

    public ParsedFeed {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(feed, "feed");
        entries = List.copyOf(entries);
        namespaces = Map.copyOf(namespaces);
        problems = List.copyOf(problems);
    }

    /** {@code true} when the document was not well-formed or lied about itself (feedparser's "bozo"). */
    public boolean illFormed() {
        return problems.stream().anyMatch(problem -> problem.kind().illFormed());
    }
}
