package io.newsdesk.fetch;

import java.net.URI;

/**
 * Resolves a URI reference against a base URI as RFC 3986 section 5.2 specifies. {@link URI#resolve}
 * follows the older RFC 2396 and gets query-only references, empty base paths and excess ".."
 * segments wrong, which matters for relative Location headers.
 */
final class UriReferences {

    private UriReferences() {}

    /**
     * Returns the target URI, without fragment (an opaque reference is returned as it is).
     *
     * @param base an absolute hierarchical URI
     * @param reference the reference to resolve, relative or absolute
     */
    static URI resolve(URI base, URI reference) {
        if (reference.isOpaque()) {
            // Such as "mailto:x" or "http:g": absolute, and nothing to resolve.
            return reference;
        }
        String scheme;
        String authority;
        String path;
        String query;
        if (reference.getScheme() != null) {
            scheme = reference.getScheme();
            authority = reference.getRawAuthority();
            path = removeDotSegments(nonNull(reference.getRawPath()));
            query = reference.getRawQuery();
        } else {
            scheme = base.getScheme();
            String referencePath = nonNull(reference.getRawPath());
            if (reference.getRawAuthority() != null) {
                authority = reference.getRawAuthority();
                path = removeDotSegments(referencePath);
                query = reference.getRawQuery();
            } else {
                authority = base.getRawAuthority();
                if (referencePath.isEmpty()) {
                    path = nonNull(base.getRawPath());
                    query = reference.getRawQuery() != null ? reference.getRawQuery() : base.getRawQuery();
                } else {
                    path = removeDotSegments(referencePath.startsWith("/") ? referencePath : merge(base, referencePath));
                    query = reference.getRawQuery();
                }
            }
        }
        return URI.create(recompose(scheme, authority, path, query));
    }

    /** Joins the parts of a URI (RFC 3986 section 5.3), all already percent-encoded. */
    static String recompose(String scheme, String authority, String path, String query) {
        StringBuilder uri = new StringBuilder();
        if (scheme != null) {
            uri.append(scheme).append(':');
        }
        if (authority != null) {
            uri.append("//").append(authority);
        }
        uri.append(path);
        if (query != null) {
            uri.append('?').append(query);
        }
        return uri.toString();
    }

    private static String merge(URI base, String referencePath) {
        String basePath = nonNull(base.getRawPath());
        if (base.getRawAuthority() != null && basePath.isEmpty()) {
            return "/" + referencePath;
        }
        return basePath.substring(0, basePath.lastIndexOf('/') + 1) + referencePath;
    }

    /** RFC 3986 section 5.2.4. */
    static String removeDotSegments(String path) {
        String input = path;
        StringBuilder output = new StringBuilder(path.length());
        while (!input.isEmpty()) {
            if (input.startsWith("../")) {
                input = input.substring(3);
            } else if (input.startsWith("./") || input.startsWith("/./")) {
                input = input.substring(2);
            } else if (input.equals("/.")) {
                input = "/";
            } else if (input.startsWith("/../")) {
                input = input.substring(3);
                removeLastSegment(output);
            } else if (input.equals("/..")) {
                input = "/";
                removeLastSegment(output);
            } else if (input.equals(".") || input.equals("..")) {
                input = "";
            } else {
                int end = input.indexOf('/', input.startsWith("/") ? 1 : 0);
                String segment = end < 0 ? input : input.substring(0, end);
                output.append(segment);
                input = input.substring(segment.length());
            }
        }
        return output.toString();
    }

    private static void removeLastSegment(StringBuilder output) {
        output.setLength(Math.max(output.lastIndexOf("/"), 0));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
