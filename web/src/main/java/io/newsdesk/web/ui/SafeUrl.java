package io.newsdesk.web.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Vets URLs from feeds before they become links or media sources. Escaping keeps a URL from
 * breaking out of its attribute, but not from being {@code javascript:} or {@code data:}; only
 * absolute http and https URLs pass.
 */
public final class SafeUrl {

    private SafeUrl() {}

    /**
     * The URL itself when it is an absolute http or https URL with a host, otherwise {@code null}.
     *
     * @param url a URL from untrusted input, or {@code null}
     */
    public static String httpOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
