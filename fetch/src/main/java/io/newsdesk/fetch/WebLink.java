package io.newsdesk.fetch;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One link from a response's {@code Link} headers (RFC 8288), such as a feed a page announces
 * ({@code rel="alternate"; type="application/rss+xml"}) or a WebSub hub ({@code rel="hub"}).
 *
 * @param url the target, absolute (resolved against the URL the response came from), http or https
 * @param relations the relation types, lower case ({@code alternate}, {@code hub}, {@code self}, ...)
 * @param type the {@code type} hint as sent, or {@code null}
 * @param title the {@code title}, or {@code null}
 */
public record WebLink(String url, Set<String> relations, String type, String title) {

    /** Requires the URL; copies the relations. */
    public WebLink {
        Objects.requireNonNull(url, "url");
        relations = Set.copyOf(relations);
    }

    /** Whether the link has this relation type (compared without case). */
    public boolean hasRelation(String relation) {
        return relations.contains(relation.toLowerCase(Locale.ROOT));
    }
}
