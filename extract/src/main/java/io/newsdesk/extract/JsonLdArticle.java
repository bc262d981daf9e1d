package io.newsdesk.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page's JSON-LD says about its article: the schema.org {@code Article} (or a subtype such
 * as {@code NewsArticle}, {@code ReportageNewsArticle}, {@code BlogPosting}) found at the top
 * level, in an array, in a {@code @graph} or as a page's {@code mainEntity}; references by
 * {@code @id} (authors, publisher, images) are followed.
 *
 * <p>JSON-LD in the wild is often not strict JSON (trailing commas, raw newlines in strings,
 * comments, HTML comment wrappers); those are tolerated. A block that still does not parse is
 * skipped.
 *
 * @param types every {@code @type} found in the page's JSON-LD
 * @param accessibleForFree the article's {@code isAccessibleForFree}, or {@code null}
 */
record JsonLdArticle(
        String headline,
        String description,
        List<String> authors,
        String datePublished,
        String dateModified,
        List<String> images,
        String publisherName,
        String webSiteName,
        String inLanguage,
        String url,
        String articleBody,
        Set<String> types,
        Boolean accessibleForFree) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null,
            List.of(), null, null, null, null, null, Set.of(), null);

    private static final Logger LOG = LoggerFactory.getLogger(JsonLdArticle.class);

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting", "LiveBlogPosting",
            "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting");

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build()
            .readerFor(JsonNode.class);

    /** Whether the JSON-LD declares the page an article of some kind. */
    boolean declaresArticle() {
        return types.stream().anyMatch(ARTICLE_TYPES::contains);
    }

    /** Reads the article from the text of a page's JSON-LD scripts. */
    static JsonLdArticle read(List<String> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (String script : scripts) {
            parse(script, objects);
        }
        if (objects.isEmpty()) {
            return NONE;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode object : objects) {
            String id = object.path("@id").asText("");
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, object);
            }
            types.addAll(typesOf(object));
        }
        JsonNode article = chooseArticle(objects);
        String webSiteName = objects.stream()
                .filter(o -> typesOf(o).contains("WebSite"))
                .map(o -> text(o.get("name")))
                .filter(name -> name != null)
                .findFirst()
                .orElse(null);
        if (article == null) {
            return new JsonLdArticle(null, null, List.of(), null, null, List.of(), null,
                    webSiteName, null, null, null, Set.copyOf(types), null);
        }
        JsonNode publisher = resolve(article.get("publisher"), byId);
        return new JsonLdArticle(
                text(first(article, "headline", "name")),
                text(article.get("description")),
                names(article.has("author") ? article.get("author") : article.get("creator"),
                        byId),
                text(article.get("datePublished")),
                text(article.get("dateModified")),
                imageUrls(article.get("image"), byId),
                publisher == null ? null : text(publisher.get("name")),
                webSiteName,
                languageOf(article.get("inLanguage")),
                urlOf(article, byId),
                text(article.get("articleBody")),
                Set.copyOf(types),
                accessibleForFree(article.get("isAccessibleForFree")));
    }

    private static void parse(String script, List<JsonNode> into) {
        String json = stripWrappers(script);
        if (json.isEmpty()) {
            return;
        }
        try (MappingIterator<JsonNode> values = READER.readValues(json)) {
            while (values.hasNextValue()) {
                collect(values.nextValue(), into, 0);
            }
        } catch (IOException | RuntimeException malformed) {
            // Jackson reports malformed input as JsonProcessingException, but wraps some
            // failures of readValues in RuntimeJsonMappingException.
            LOG.debug("Skipping JSON-LD that does not parse: {}", malformed.getMessage());
        }
    }

    /** Flattens arrays, {@code @graph} and a page's {@code mainEntity} into a list of objects. */
    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
            JsonNode mainEntity = node.get("mainEntity");
            if (mainEntity != null && mainEntity.has("@type")) {
                collect(mainEntity, into, depth + 1);
            }
        }
    }

    /** The first article-typed object, preferring one that carries the article body. */
    private static JsonNode chooseArticle(List<JsonNode> objects) {
        JsonNode first = null;
        for (JsonNode object : objects) {
            if (typesOf(object).stream().anyMatch(ARTICLE_TYPES::contains)) {
                if (object.hasNonNull("articleBody")) {
                    return object;
                }
                if (first == null) {
                    first = object;
                }
            }
        }
        return first;
    }

    private static List<String> typesOf(JsonNode object) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(simpleType(t.asText())));
        } else {
            types.add(simpleType(type.asText()));
        }
        return types;
    }

    /** "http://schema.org/NewsArticle" and "schema:NewsArticle" are both "NewsArticle". */
    private static String simpleType(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1);
    }

    private static JsonNode first(JsonNode object, String... fields) {
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : resolve(node.get(0), byId);
        }
        if (node.isObject() && node.size() == 1 && node.has("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static List<String> names(JsonNode node, Map<String, JsonNode> byId) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        for (JsonNode item : items) {
            JsonNode resolved = resolve(item, byId);
            String name = resolved == null ? null
                    : resolved.isTextual() ? text(resolved) : text(resolved.get("name"));
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<String> imageUrls(JsonNode node, Map<String, JsonNode> byId) {
        List<String> urls = new ArrayList<>();
        if (node == null) {
            return urls;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        for (JsonNode item : items) {
            JsonNode resolved = resolve(item, byId);
            String url = resolved == null ? null
                    : resolved.isTextual() ? resolved.asText()
                    : text(first(resolved, "url", "contentUrl"));
            if (url != null && !url.isBlank()) {
                urls.add(url.strip());
            }
        }
        return urls;
    }

    private static String urlOf(JsonNode article, Map<String, JsonNode> byId) {
        String url = text(article.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode page = article.get("mainEntityOfPage");
        if (page == null) {
            return null;
        }
        return page.isTextual() ? text(page) : text(page.get("@id"));
    }

    private static String languageOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isTextual() ? text(node) : text(first(node, "alternateName", "name"));
    }

    private static Boolean accessibleForFree(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText("").strip();
        return text.equalsIgnoreCase("true") ? Boolean.TRUE
                : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    /** The scalar text of a node (the first element of an array), or {@code null}. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (!node.isValueNode()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private static String stripWrappers(String script) {
        String json = script.strip();
        json = stripPrefix(json, "<!--");
        json = stripPrefix(json, "//<![CDATA[");
        json = stripPrefix(json, "<![CDATA[");
        json = stripSuffix(json, "-->");
        json = stripSuffix(json, "//]]>");
        json = stripSuffix(json, "]]>");
        return json;
    }

    private static String stripPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()).strip() : text;
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix)
                ? text.substring(0, text.length() - suffix.length()).strip()
                : text;
    }
}
