package io.newsdesk.service.websub;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a feed says about its WebSub hubs.
 *
 * @param hubs the hubs that push the feed, absolute http(s) URLs in the order given
 * @param self the feed's canonical URL (the topic to subscribe to), or {@code null} when not given
 */
record HubLinks(List<String> hubs, String self) {

    static final HubLinks NONE = new HubLinks(List.of(), null);

    HubLinks {
        hubs = List.copyOf(hubs);
    }

    /** Collects {@code rel="hub"} and the first {@code rel="self"} link, resolved and kept only when http(s). */
    static final class Builder {
        private final String base;
        private final List<String> hubs = new ArrayList<>();
        private String self;

        Builder(String base) {
            this.base = base;
        }

        /** Adds a link with its space-separated relation types. */
        Builder add(String rels, String href) {
            String url = absoluteHttpUrl(base, href);
            if (url == null) {
                return this;
            }
            for (String rel : rels.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("hub") && !hubs.contains(url)) {
                    hubs.add(url);
                } else if (rel.equals("self") && self == null) {
                    self = url;
                }
            }
            return this;
        }

        HubLinks build() {
            return new HubLinks(hubs, self);
        }
    }

    /** {@code href} resolved against {@code base} when that makes an http(s) URL with a host, else {@code null}. */
    private static String absoluteHttpUrl(String base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI resolved = base == null ? new URI(href.strip()) : new URI(base).resolve(href.strip());
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && resolved.getHost() != null) {
                return resolved.toString();
            }
            return null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
