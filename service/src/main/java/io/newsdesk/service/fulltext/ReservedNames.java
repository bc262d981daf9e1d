package io.newsdesk.service.fulltext;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Domain names that no web site can have: the top-level domains RFC 2606 and RFC 6761 reserve for
 * examples and tests ({@code .example}, {@code .invalid}, {@code .test}) and the documentation
 * domains {@code example.com}, {@code example.net} and {@code example.org}. Pages there are never
 * fetched (the lookup could only fail, or reach a resolver that answers wrongly), and entries
 * linking there say nothing about a feed's real pages.
 */
final class ReservedNames {

    private static final Set<String> TOP_LEVEL = Set.of("example", "invalid", "test");
    private static final Set<String> DOCUMENTATION = Set.of("example.com", "example.net", "example.org");

    private ReservedNames() {}

    /** Whether the URL's host is under a reserved name; {@code false} for a URL without a host. */
    static boolean isReserved(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        String name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        String topLevel = name.substring(name.lastIndexOf('.') + 1);
        return TOP_LEVEL.contains(topLevel)
                || DOCUMENTATION.stream().anyMatch(domain -> name.equals(domain) || name.endsWith("." + domain));
    }
}
