package io.newsdesk.parse.encoding;

import java.util.Locale;

/**
 * The parts of an HTTP {@code Content-Type} header that decoding needs.
 *
 * @param mediaType the lower-case media type ({@code "application/rss+xml"}), or {@code ""} when
 *     the header is missing or empty
 * @param charset the {@code charset} parameter as given (unquoted, trimmed), or {@code null}
 */
public record ContentType(String mediaType, String charset) {

    private static final ContentType NONE = new ContentType("", null);

    /** Parses a header value; never fails, since servers send all kinds of things here. */
    public static ContentType parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        String[] parts = header.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        String charset = null;
        for (int i = 1; i < parts.length && charset == null; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
                charset = unquote(parameter.substring(equals + 1).trim());
            }
        }
        return new ContentType(mediaType, charset == null || charset.isEmpty() ? null : charset);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1).trim();
        }
        return value;
    }

    /** {@code true} for HTML media types ({@code text/html}, {@code application/xhtml+xml}). */
    public boolean isHtml() {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
}
