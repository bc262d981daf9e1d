package io.newsdesk.parse.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Resolves the relative URLs feeds are full of, tolerating the characters publishers forget to
 * escape, and working around {@link URI#resolve}'s departures from RFC 3986.
 */
public final class Urls {

    private Urls() {}

    /**
     * Resolves {@code reference} against {@code base}.
     *
     * @param base an absolute URL, or {@code null} when the document's location is unknown
     * @param reference the URL as written in the document, or {@code null}
     * @return the absolute URL; the reference itself (trimmed) when it cannot be made absolute; or
     *     {@code null} when the reference is missing or blank
     */
    public static String resolve(String base, String reference) {
        String ref = clean(reference);
        if (ref == null) {
            return null;
        }
        URI refUri = parse(ref);
        if (refUri == null) {
            return ref;
        }
        if (refUri.isAbsolute()) {
            return refUri.toString();
        }
        URI baseUri = base == null ? null : parse(base.strip());
        if (baseUri == null || !baseUri.isAbsolute() || baseUri.isOpaque()) {
            return refUri.toString();
        }
        return resolveAgainst(baseUri, refUri, ref);
    }

    /** {@code true} for absolute {@code http} and {@code https} URLs. */
    public static boolean isWeb(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Resolves and keeps the result only when it is a web URL: for links a reader will open. */
    public static String resolveWeb(String base, String reference) {
        String resolved = resolve(base, reference);
        return isWeb(resolved) ? resolved : null;
    }

    /**
     * Resolves and keeps the result unless its scheme can run code or smuggle content
     * ({@code javascript:}, {@code vbscript:}, {@code data:}): for identifiers and links that may
     * use other schemes ({@code tag:}, {@code urn:}, {@code mailto:}, {@code ftp:}).
     *
     * @return the absolute (or, without a usable base, relative) URL, or {@code null} when it is
     *     missing or unsafe
     */
    public static String resolveSafe(String base, String reference) {
        String resolved = resolve(base, reference);
        return resolved == null || isUnsafe(resolved) ? null : resolved;
    }

    /** {@code true} when the text is a URI reference as it stands (RFC 3986), without any repair. */
    public static boolean isReference(String text) {
        try {
            new URI(text.strip());
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code true} for URLs whose scheme makes a browser run or render what they contain. */
    public static boolean isUnsafe(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:");
    }

    private static String resolveAgainst(URI base, URI ref, String refText) {
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            base = base.resolve("/");
        }
        if (refText.startsWith("?")) {
            // URI.resolve drops the last path segment here; RFC 3986 keeps it.
            return withoutQueryAndFragment(base) + refText;
        }
        String resolved = base.resolve(ref).toString();
        return removeDotSegmentsAboveRoot(resolved);
    }

    private static String withoutQueryAndFragment(URI uri) {
        String text = uri.toString();
        int cut = text.length();
        int query = text.indexOf('?');
        int fragment = text.indexOf('#');
        if (query >= 0) {
            cut = query;
        }
        if (fragment >= 0 && fragment < cut) {
            cut = fragment;
        }
        return text.substring(0, cut);
    }

    /** RFC 3986 drops ".." segments that would climb above the root; URI.resolve keeps them. */
    private static String removeDotSegmentsAboveRoot(String url) {
        int authorityStart = url.indexOf("//");
        if (authorityStart < 0) {
            return url;
        }
        int pathStart = url.indexOf('/', authorityStart + 2);
        if (pathStart < 0) {
            return url;
        }
        String path = url.substring(pathStart);
        String cleaned = path;
        while (cleaned.startsWith("/../")) {
            cleaned = cleaned.substring(3);
        }
        if (cleaned.equals("/..")) {
            cleaned = "/";
        }
        return cleaned.equals(path) ? url : url.substring(0, pathStart) + cleaned;
    }

    /** Trims and removes tabs and line breaks, as browsers do when reading a URL. */
    private static String clean(String reference) {
        if (reference == null) {
            return null;
        }
        String stripped = reference.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.indexOf('\n') >= 0 || stripped.indexOf('\r') >= 0 || stripped.indexOf('\t') >= 0) {
            stripped = stripped.replaceAll("[\\t\\r\\n]", "");
        }
        return withoutExtraSlashes(stripped);
    }

    /** "http:///example.com/" has an empty host; the slashes are too many, as browsers read it. */
    private static String withoutExtraSlashes(String url) {
        int colon = url.regionMatches(true, 0, "https:", 0, 6) ? 5 : url.regionMatches(true, 0, "http:", 0, 5) ? 4 : -1;
        if (colon < 0 || !url.startsWith("///", colon + 1)) {
            return url;
        }
        int host = colon + 1;
        while (host < url.length() && url.charAt(host) == '/') {
            host++;
        }
        return url.substring(0, colon + 1) + "//" + url.substring(host);
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            try {
                return new URI(escapeIllegal(text));
            } catch (URISyntaxException stillBad) {
                return null;
            }
        }
    }

    /** Percent-encodes the characters RFC 3986 forbids but publishers leave in URLs. */
    private static String escapeIllegal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean seenFragment = false;
        int authority = text.indexOf("//");
        int ipv6End = authority >= 0 && text.startsWith("[", authority + 2) ? text.indexOf(']', authority) : -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '[' || c == ']') && i > ipv6End) {
                out.append(c == '[' ? "%5B" : "%5D");
                continue;
            }
            if (c == '#') {
                if (seenFragment) {
                    out.append("%23");
                    continue;
                }
                seenFragment = true;
            }
            if (c == '%' && !isPercentEscape(text, i)) {
                out.append("%25");
            } else if (c <= ' ' || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPercentEscape(String text, int at) {
        return at + 2 < text.length()
                && Character.digit(text.charAt(at + 1), 16) >= 0
                && Character.digit(text.charAt(at + 2), 16) >= 0;
    }
}
