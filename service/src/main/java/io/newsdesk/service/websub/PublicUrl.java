package io.newsdesk.service.websub;

import io.newsdesk.service.NewsdeskException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address at which WebSub hubs reach this Newsdesk: its own address, or that of the reverse
 * proxy in front of it. Callback URLs are made from it.
 *
 * @param base an absolute http(s) URL without query or fragment, its path ending in {@code /}
 */
public record PublicUrl(URI base) {

    /** Where callbacks live below the public URL; the web layer routes {@code CALLBACK_PATH + id}. */
    public static final String CALLBACK_PATH = "websub/callback/";

    /**
     * Reads a public URL as a user gives it ({@code https://news.example.org}, with or without a
     * path prefix and a trailing slash).
     *
     * @throws NewsdeskException INVALID when it is not an absolute http or https URL, or has a
     *     query, a fragment or user information
     */
    public static PublicUrl parse(String url) {
        String given = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw invalid(given, "it is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw invalid(given, "it must be an absolute http or https URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw invalid(given, "it must not have a query, a fragment or a user name");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String normalized = scheme + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path : path + "/");
        return new PublicUrl(URI.create(normalized));
    }

    /** The callback URL of the subscription with this callback id. */
    public String callback(String callbackId) {
        return base.resolve(CALLBACK_PATH + callbackId).toString();
    }

    @Override
    public String toString() {
        return base.toString();
    }

    private static NewsdeskException invalid(String given, String reason) {
        return NewsdeskException.invalid("the public URL '" + given + "' cannot be used: " + reason
                + ", such as https://news.example.org/");
    }
}
