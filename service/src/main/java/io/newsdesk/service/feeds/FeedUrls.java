package io.newsdesk.service.feeds;

import io.newsdesk.service.NewsdeskException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks and normalizes the URLs users give for feeds. */
public final class FeedUrls {

    /** A scheme and the rest: {@code https://…}, but also {@code javascript:…} or {@code example.com:8080/…}. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
    /** What follows the colon of a bare host with a port: {@code 8080}, {@code 8080/feed}. */
    private static final Pattern PORT_AND_PATH = Pattern.compile("^\\d+([/?#].*)?$", Pattern.DOTALL);

    private FeedUrls() {}

    /**
     * Returns the URL in a canonical form (scheme and host lower-cased, default port and fragment
     * dropped), adding {@code https://} when the user typed a bare host and reading the {@code
     * feed:} pseudo-scheme some browsers use as the URL it wraps.
     *
     * @throws NewsdeskException (INVALID) when it is not an http or https URL
     */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw NewsdeskException.invalid("a feed URL is required");
        }
        String given = url.strip();
        URI uri = parse(withScheme(unwrapFeedScheme(given), given), given);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw NewsdeskException.invalid("only http and https feed URLs are supported: " + given);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw NewsdeskException.invalid("the URL has no host: " + given);
        }
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
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
        return parse(out.toString(), given).toString();
    }

    /** {@code feed://host/path} means http; {@code feed:https://…} wraps a full URL. */
    private static String unwrapFeedScheme(String url) {
        if (url.regionMatches(true, 0, "feed:", 0, 5)) {
            String rest = url.substring(5);
            return rest.startsWith("//") ? "http:" + rest : rest;
        }
        return url;
    }

    /** Adds {@code https://} to a bare host; refuses schemes without an authority ({@code javascript:}, {@code mailto:}). */
    private static String withScheme(String url, String given) {
        Matcher scheme = SCHEME.matcher(url);
        if (!scheme.matches() || PORT_AND_PATH.matcher(scheme.group(2)).matches()) {
            return "https://" + url;
        }
        if (!scheme.group(2).startsWith("//")) {
            throw NewsdeskException.invalid("only http and https feed URLs are supported: " + given);
        }
        return url;
    }

    private static URI parse(String url, String given) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw NewsdeskException.invalid("not a valid URL: " + given + " (" + e.getReason() + ")");
        }
    }
}
