package io.newsdesk.service.feeds;

import io.newsdesk.service.NewsdeskException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks and normalizes the URLs users give for feeds. */
public final class FeedUrls {

    private FeedUrls() {}

    /**
     * Returns the URL in a canonical form (scheme and host lower-cased, default port and fragment
     * dropped), adding {@code https://} when the user typed a bare host.
     *
     * @throws NewsdeskException (INVALID) when it is not an http or https URL
     */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw NewsdeskException.invalid("a feed URL is required");
        }
        String trimmed = url.strip();
        if (!trimmed.contains("://")) {
            trimmed = "https://" + trimmed;
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw NewsdeskException.invalid("not a valid URL: " + url.strip());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw NewsdeskException.invalid("only http and https feed URLs are supported: " + url.strip());
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw NewsdeskException.invalid("the URL has no host: " + url.strip());
        }
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        try {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            StringBuilder out = new StringBuilder(scheme).append("://");
            if (uri.getRawUserInfo() != null) {
                out.append(uri.getRawUserInfo()).append('@');
            }
            out.append(uri.getHost().toLowerCase(Locale.ROOT));
            if (port != -1) {
                out.append(':').append(port);
            }
            out.append(path);
            if (uri.getRawQuery() != null) {
                out.append('?').append(uri.getRawQuery());
            }
            return new URI(out.toString()).toString();
        } catch (URISyntaxException e) {
            throw NewsdeskException.invalid("not a valid URL: " + url.strip());
        }
    }
}
