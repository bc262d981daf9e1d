package io.newsdesk.extract;

import java.util.List;
import java.util.Map;

/** Lookup over a page's {@code <meta>} tags in an order of preference. */
final class MetaTags {

    private final Map<String, List<String>> values;

    MetaTags(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The first non-blank content among {@code keys} (lower case), in the order given. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null) {
                for (String value : found) {
                    if (!value.isBlank()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** Every content of the first of {@code keys} that is present. */
    List<String> all(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null && !found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
