package io.newsdesk.extract;

import java.net.URI;
import java.util.Locale;

/** Resolving the URLs a page states (in metadata, JSON-LD, attributes) against its address. */
final class Urls {

    private Urls() {}

    /**
     * Resolves {@code candidate} against {@code base} and keeps it only when the result is an
     * absolute http(s) URL.
     *
     * @return the absolute URL, or {@code null} when there is none to be had
     */
    static String absolute(String base, String candidate) {
        if (candidate == null) {
            return null;
        }
        String trimmed = candidate.strip().replace(" ", "%20");
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            if (!uri.isAbsolute()) {
                if (base == null || base.isBlank()) {
                    return null;
                }
                uri = new URI(base.strip().replace(" ", "%20")).resolve(uri);
            }
            return isHttp(uri) ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException notAUrl) {
            return null;
        }
    }

    /** The host of an absolute URL without a leading "www.", or {@code null}. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (java.net.URISyntaxException notAUrl) {
            return null;
        }
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return uri.getHost() != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    }
}
