package io.newsdesk.sanitize;

import java.util.Locale;
import java.util.Set;

/**
 * Makes the URLs of one fragment absolute against its base URL (RFC 3986 reference resolution)
 * and checks their scheme against an allow-list.
 *
 * <p>URLs are first cleaned the way browsers clean them, so that the scheme checked is the scheme
 * a browser would use: leading and trailing spaces and control characters are stripped, tabs and
 * line breaks removed, and backslashes read as slashes in web URLs. {@code java&#x09;script:} or
 * {@code " javascript:"} therefore count as {@code javascript:} and are refused.
 */
final class UrlResolver {

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final String baseUrl;
    private Reference base;
    private boolean baseRead;

    /** @param baseUrl the absolute URL relative references resolve against; {@code null} for none */
    UrlResolver(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The absolute form of {@code url} when its scheme is one of {@code schemes}.
     *
     * @return the URL, or {@code null} when its scheme is not allowed or it is relative and
     *     there is no usable base to resolve it against
     */
    String resolve(String url, Set<String> schemes) {
        String cleaned = clean(url);
        String scheme = schemeOf(cleaned);
        String absolute;
        if (scheme != null) {
            absolute = WEB_SCHEMES.contains(scheme) ? cleaned.replace('\\', '/') : cleaned;
        } else {
            Reference context = base();
            if (context == null) {
                return null;
            }
            scheme = context.scheme;
            String reference = WEB_SCHEMES.contains(scheme) ? cleaned.replace('\\', '/') : cleaned;
            absolute = context.resolve(Reference.parse(reference, null));
        }
        return schemes.contains(scheme) ? absolute.replace(" ", "%20") : null;
    }

    private Reference base() {
        if (!baseRead) {
            baseRead = true;
            String cleaned = baseUrl == null ? "" : clean(baseUrl);
            String scheme = schemeOf(cleaned);
            base = scheme == null ? null : Reference.parse(cleaned.substring(scheme.length() + 1), scheme);
        }
        return base;
    }

    /** Strips leading and trailing C0 controls and spaces, and removes tabs and line breaks. */
    private static String clean(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        String trimmed = url.substring(start, end);
        if (trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The URL's scheme in lower case, or {@code null} when it is a relative reference. */
    private static String schemeOf(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return null;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return scheme(url, i);
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return null;
            }
        }
        return null;
    }

    /** The scheme ending at {@code colon}, in lower case; the usual ones as constants, without copying. */
    private static String scheme(String url, int colon) {
        if (colon == 4 && url.startsWith("http")) {
            return "http";
        }
        if (colon == 5 && url.startsWith("https")) {
            return "https";
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A URL split into the parts RFC 3986 resolution works on. */
    private record Reference(String scheme, String authority, String path, String query, String fragment) {

        /** Splits what follows the scheme (or a whole relative reference, with a {@code null} scheme). */
        static Reference parse(String rest, String scheme) {
            String authority = null;
            int i = 0;
            if (rest.startsWith("//")) {
                int authorityEnd = indexOfAny(rest, 2, "/?#");
                authority = rest.substring(2, authorityEnd);
                i = authorityEnd;
            }
            int fragmentStart = rest.indexOf('#', i);
            String fragment = fragmentStart < 0 ? null : rest.substring(fragmentStart + 1);
            int end = fragmentStart < 0 ? rest.length() : fragmentStart;
            int queryStart = rest.indexOf('?', i);
            String query = queryStart < 0 || queryStart > end ? null : rest.substring(queryStart + 1, end);
            String path = rest.substring(i, query == null ? end : queryStart);
            return new Reference(scheme, authority, path, query, fragment);
        }

        /** RFC 3986 section 5.2.2, with this as the base. */
        String resolve(Reference ref) {
            String targetAuthority;
            String targetPath;
            String targetQuery;
            if (ref.authority != null) {
                targetAuthority = ref.authority;
                targetPath = DotSegments.remove(ref.path);
                targetQuery = ref.query;
            } else {
                targetAuthority = authority;
                if (ref.path.isEmpty()) {
                    targetPath = path;
                    targetQuery = ref.query != null ? ref.query : query;
                } else {
                    targetPath = DotSegments.remove(ref.path.startsWith("/") ? ref.path : merge(ref.path));
                    targetQuery = ref.query;
                }
            }
            StringBuilder out = new StringBuilder(scheme.length() + targetPath.length() + 32);
            out.append(scheme).append(':');
            if (targetAuthority != null) {
                out.append("//").append(targetAuthority);
            }
            out.append(targetPath);
            if (targetQuery != null) {
                out.append('?').append(targetQuery);
            }
            if (ref.fragment != null) {
                out.append('#').append(ref.fragment);
            }
            return out.toString();
        }

        private String merge(String relativePath) {
            if (authority != null && path.isEmpty()) {
                return "/" + relativePath;
            }
            return path.substring(0, path.lastIndexOf('/') + 1) + relativePath;
        }

        private static int indexOfAny(String s, int from, String chars) {
            for (int i = from; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return s.length();
        }
    }
}
