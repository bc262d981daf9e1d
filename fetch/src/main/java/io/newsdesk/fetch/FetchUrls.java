package io.newsdesk.fetch;

import io.newsdesk.fetch.FetchException.Reason;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns user-supplied URLs and Location headers into URIs the client may fetch: absolute, http or
 * https, with a host, without fragment.
 *
 * <p>Parsing is as lenient as browsers: spaces, non-ASCII characters and other characters not allowed
 * in URIs are percent-encoded, a lone {@code %} becomes {@code %25}, and international host names
 * are converted to their ASCII (punycode) form.
 */
final class FetchUrls {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    /** Longest URL quoted in an error message; the rest is elided. */
    private static final int QUOTE_LIMIT = 200;
    /** The authority of an absolute URL or a network-path reference ("//host/path"). */
    private static final Pattern AUTHORITY = Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*:)?//)([^/?#]*)");
    private static final String ALLOWED_PUNCTUATION = "-._~:/?#[]@!$&'()*+,;=";

    private FetchUrls() {}

    /**
     * Parses the URL to fetch.
     *
     * @throws FetchException with {@link Reason#INVALID_URL} saying what is wrong
     */
    static URI parse(String url) throws FetchException {
        URI uri = toUri(url, "");
        if (!uri.isAbsolute()) {
            throw invalid("not an absolute URL: " + quote(url) + " (it should start with http:// or https://)");
        }
        return checked(uri, url, "");
    }

    /**
     * Resolves a Location header against the URL that sent it.
     *
     * @throws FetchException with {@link Reason#INVALID_URL} for a malformed target or one that is
     *     not http/https
     */
    static URI resolveRedirect(URI base, String location) throws FetchException {
        return resolve(base, location, "redirect: ");
    }

    /**
     * Resolves the target of a {@code Link} header against the URL of the response.
     *
     * @throws FetchException with {@link Reason#INVALID_URL} for a malformed target or one that is
     *     not http/https
     */
    static URI resolveLink(URI base, String target) throws FetchException {
        return resolve(base, target, "link: ");
    }

    private static URI resolve(URI base, String referenceText, String context) throws FetchException {
        URI reference = toUri(referenceText, context);
        URI target;
        try {
            target = UriReferences.resolve(base, reference);
        } catch (IllegalArgumentException e) {
            throw invalid(context + "invalid URL " + quote(referenceText));
        }
        return checked(target, referenceText, context);
    }

    /** Returns the Authorization header value for credentials in the URL, or {@code null}. */
    static String basicAuthorization(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null) {
            return null;
        }
        String decoded = URLDecoder.decode(userInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the URI with its user info (credentials) removed. */
    static URI withoutUserInfo(URI uri) {
        return uri.getRawUserInfo() == null ? uri : withUserInfo(uri, null);
    }

    /** Returns the URI with the given raw user info, or none for {@code null}. */
    static URI withUserInfo(URI uri, String rawUserInfo) {
        String authority = (rawUserInfo == null ? "" : rawUserInfo + "@")
                + uri.getHost()
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return URI.create(UriReferences.recompose(uri.getScheme(), authority, uri.getRawPath(), uri.getRawQuery()));
    }

    /** Returns {@code true} when both URIs have the same scheme, host and port. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    /** Returns "host:port", with the scheme's default port filled in. */
    static String hostAndPort(URI uri) {
        return uri.getHost() + ":" + effectivePort(uri);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI toUri(String text, String context) throws FetchException {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw invalid(context + "empty URL");
        }
        try {
            return new URI(escapeIllegalCharacters(asciiHost(trimmed, context)));
        } catch (URISyntaxException e) {
            throw invalid(context + "invalid URL " + quote(text) + ": " + e.getReason());
        }
    }

    private static URI checked(URI uri, String original, String context) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw invalid(context + "unsupported URL scheme \"" + scheme + "\" in " + quote(original)
                    + ": only http and https URLs can be fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid(context + "no valid host in URL " + quote(original));
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw invalid(context + "invalid port in URL " + quote(original));
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return URI.create(UriReferences.recompose(scheme, uri.getRawAuthority(), path, uri.getRawQuery()));
    }

    /** Converts an international host name to punycode, which URI only accepts in that form. */
    private static String asciiHost(String url, String context) throws FetchException {
        Matcher matcher = AUTHORITY.matcher(url);
        if (!matcher.find()) {
            return url;
        }
        String authority = matcher.group(2);
        int hostStart = authority.lastIndexOf('@') + 1;
        int portStart = authority.indexOf(':', hostStart);
        int hostEnd = authority.startsWith("[", hostStart) || portStart < 0 ? authority.length() : portStart;
        String host = authority.substring(hostStart, hostEnd);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            String newAuthority = authority.substring(0, hostStart) + ascii + authority.substring(hostEnd);
            return matcher.group(1) + newAuthority + url.substring(matcher.end());
        } catch (IllegalArgumentException e) {
            throw invalid(context + "invalid international host name in URL " + quote(url));
        }
    }

    private static String escapeIllegalCharacters(String url) {
        StringBuilder escaped = new StringBuilder(url.length() + 16);
        HexFormat hex = HexFormat.of().withUpperCase();
        for (int i = 0; i < url.length(); ) {
            int codePoint = url.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (isAllowed(codePoint) || (codePoint == '%' && isEscape(url, i))) {
                escaped.appendCodePoint(codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(hex.toHexDigits(b));
                }
            }
            i = next;
        }
        return escaped.toString();
    }

    private static boolean isAllowed(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || (c < 0x80 && ALLOWED_PUNCTUATION.indexOf(c) >= 0);
    }

    private static boolean isEscape(String url, int percentAt) {
        return percentAt + 2 < url.length()
                && HexFormat.isHexDigit(url.charAt(percentAt + 1))
                && HexFormat.isHexDigit(url.charAt(percentAt + 2));
    }

    private static String quote(String url) {
        String shown = url.length() > QUOTE_LIMIT ? url.substring(0, QUOTE_LIMIT) + "…" : url;
        return "\"" + shown + "\"";
    }

    private static FetchException invalid(String message) {
        return new FetchException(Reason.INVALID_URL, message);
    }
}
