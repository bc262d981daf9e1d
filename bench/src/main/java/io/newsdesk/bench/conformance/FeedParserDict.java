package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.EvaluationError;
import io.newsdesk.bench.conformance.expr.PyMapping;
import io.newsdesk.bench.conformance.expr.PyValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary feedparser returns, with the aliases its tests read through: {@code channel} is
 * {@code feed}, {@code description} is {@code summary} or {@code subtitle}, {@code tagline} is
 * {@code subtitle}, {@code copyright} is {@code rights}, {@code modified} is {@code updated},
 * {@code issued} is {@code published}, {@code guid} is {@code id}, {@code url} is {@code href};
 * {@code category} is the first tag's term, {@code enclosures} the links with
 * {@code rel="enclosure"}, {@code license} the href of the {@code rel="license"} link, and
 * {@code updated} falls back to {@code published}.
 */
final class FeedParserDict implements PyMapping {

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("channel", List.of("feed")),
            Map.entry("items", List.of("entries")),
            Map.entry("guid", List.of("id")),
            Map.entry("date", List.of("updated")),
            Map.entry("date_parsed", List.of("updated_parsed")),
            Map.entry("description", List.of("summary", "subtitle")),
            Map.entry("description_detail", List.of("summary_detail", "subtitle_detail")),
            Map.entry("url", List.of("href")),
            Map.entry("modified", List.of("updated")),
            Map.entry("modified_parsed", List.of("updated_parsed")),
            Map.entry("issued", List.of("published")),
            Map.entry("issued_parsed", List.of("published_parsed")),
            Map.entry("copyright", List.of("rights")),
            Map.entry("copyright_detail", List.of("rights_detail")),
            Map.entry("tagline", List.of("subtitle")),
            Map.entry("tagline_detail", List.of("subtitle_detail")));

    private final Map<Object, Object> entries = new LinkedHashMap<>();

    /** Stores a value under its key, unless the value is {@code null} (feedparser leaves such keys out). */
    FeedParserDict put(String key, Object value) {
        if (value != null) {
            entries.put(key, value);
        }
        return this;
    }

    /** Stores a value even when it is {@code None}. */
    FeedParserDict putNone(String key, Object value) {
        entries.put(key, value);
        return this;
    }

    /** {@code true} when the key is stored as such, aliases aside. */
    boolean hasOwn(String key) {
        return entries.containsKey(key);
    }

    /** The value stored under the key as such, or {@code null}. */
    Object own(String key) {
        return entries.get(key);
    }

    @Override
    public Map<Object, Object> entries() {
        return entries;
    }

    @Override
    public Object getItem(Object key) throws EvaluationError {
        if (key instanceof String name) {
            switch (name) {
                case "category" -> {
                    if (entries.get("tags") instanceof List<?> tags && !tags.isEmpty()
                            && tags.get(0) instanceof FeedParserDict tag) {
                        return tag.getItem("term");
                    }
                    throw keyError(key);
                }
                case "enclosures" -> {
                    if (!(entries.get("links") instanceof List<?> links)) {
                        throw keyError(key);
                    }
                    return links.stream()
                            .filter(link -> link instanceof FeedParserDict d && "enclosure".equals(d.own("rel")))
                            .map(link -> ((FeedParserDict) link).without("rel"))
                            .toList();
                }
                case "license" -> {
                    if (entries.get("links") instanceof List<?> links) {
                        for (Object link : links) {
                            if (link instanceof FeedParserDict d && "license".equals(d.own("rel")) && d.hasOwn("href")) {
                                return d.own("href");
                            }
                        }
                    }
                }
                case "updated", "updated_parsed" -> {
                    String published = name.equals("updated") ? "published" : "published_parsed";
                    if (!entries.containsKey(name) && entries.containsKey(published)) {
                        return entries.get(published);
                    }
                }
                default -> {
                    for (String real : ALIASES.getOrDefault(name, List.of())) {
                        if (entries.containsKey(real)) {
                            return entries.get(real);
                        }
                    }
                }
            }
        }
        if (!entries.containsKey(key)) {
            throw keyError(key);
        }
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        if ("updated".equals(key) || "updated_parsed".equals(key)) {
            return entries.containsKey(key);
        }
        try {
            getItem(key);
            return true;
        } catch (EvaluationError missing) {
            return false;
        }
    }

    private FeedParserDict without(String key) {
        FeedParserDict copy = new FeedParserDict();
        entries.forEach((k, v) -> {
            if (!k.equals(key)) {
                copy.entries.put(k, v);
            }
        });
        return copy;
    }

    private static EvaluationError keyError(Object key) {
        return new EvaluationError("KeyError", PyValues.repr(key));
    }

    @Override
    public String toString() {
        return PyValues.repr(this);
    }
}
