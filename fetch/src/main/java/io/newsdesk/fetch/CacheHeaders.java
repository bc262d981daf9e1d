package io.newsdesk.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/** Reads Cache-Control, Age, Expires and Retry-After into {@link CacheHints}. */
final class CacheHeaders {

    /** RFC 9111 section 1.2.2: larger delta-seconds are to be treated as this. */
    private static final long MAX_DELTA_SECONDS = 1L << 31;

    private CacheHeaders() {}

    /**
     * Returns the hints from the response headers; unreadable values are treated as absent.
     *
     * @param now the time the response was received, for Retry-After dates
     */
    static CacheHints parse(HttpFields headers, Instant now) {
        String expires = headerValue(headers, HttpHeader.EXPIRES);
        return new CacheHints(
                freshness(headers),
                expires == null ? null : HttpDates.parse(expires).orElse(null),
                retryAfter(headers, now));
    }

    /**
     * Returns the Retry-After delay, from delta-seconds or an HTTP-date (never negative), or
     * {@code null} when absent or unreadable.
     */
    static Duration retryAfter(HttpFields headers, Instant now) {
        String value = headerValue(headers, HttpHeader.RETRY_AFTER);
        if (value == null) {
            return null;
        }
        Long seconds = deltaSeconds(value);
        if (seconds != null) {
            return Duration.ofSeconds(seconds);
        }
        return HttpDates.parse(value)
                .map(date -> date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO)
                .orElse(null);
    }

    private static Duration freshness(HttpFields headers) {
        boolean revalidate = false;
        Long maxAge = null;
        Long sharedMaxAge = null;
        for (String directive : headers.getCSV(HttpHeader.CACHE_CONTROL, false)) {
            int equals = directive.indexOf('=');
            String name = (equals < 0 ? directive : directive.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            String argument = equals < 0 ? null : unquote(directive.substring(equals + 1).strip());
            switch (name) {
                // A no-cache listing header fields only restricts those fields, not the response.
                case "no-cache" -> revalidate |= argument == null;
                case "no-store" -> revalidate = true;
                case "max-age" -> maxAge = orElse(deltaSeconds(argument), maxAge);
                case "s-maxage" -> sharedMaxAge = orElse(deltaSeconds(argument), sharedMaxAge);
                default -> {}
            }
        }
        if (revalidate) {
            return Duration.ZERO;
        }
        Long lifetime = sharedMaxAge != null ? sharedMaxAge : maxAge;
        if (lifetime == null) {
            return null;
        }
        String ageValue = headerValue(headers, HttpHeader.AGE);
        Long age = ageValue == null ? null : deltaSeconds(ageValue);
        return Duration.ofSeconds(Math.max(0, lifetime - (age == null ? 0 : age)));
    }

    /** RFC 9111 delta-seconds: digits only, capped rather than rejected when huge; {@code null} when unreadable. */
    private static Long deltaSeconds(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return digits.length() > 10 ? MAX_DELTA_SECONDS : Math.min(Long.parseLong(digits), MAX_DELTA_SECONDS);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    private static String headerValue(HttpFields headers, HttpHeader header) {
        HttpField field = headers.getField(header);
        return field == null ? null : field.getValue();
    }

    private static Long orElse(Long value, Long fallback) {
        return value != null ? value : fallback;
    }
}
