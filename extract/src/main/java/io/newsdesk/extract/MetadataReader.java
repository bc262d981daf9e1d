package io.newsdesk.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, trusting sources in this order: JSON-LD, OpenGraph and Twitter cards,
 * other {@code <meta>} tags (Parse.ly, Sailthru, Dublin Core, plain names), microdata, and finally
 * the visible page ({@code <time>}, {@code <h1>}, byline elements, {@code <title>}). Each field
 * comes from the first source that states it; sources are not mixed within a field.
 */
final class MetadataReader {

    private static final int MAX_VISIBLE_BYLINE = 120;
    private static final int MAX_HEADINGS = 3;

    private MetadataReader() {}

    static PageMetadata read(PageScan scan, String baseUrl) {
        JsonLdArticle jsonLd = JsonLdArticle.read(scan.jsonLd);
        MetaTags meta = new MetaTags(scan.metaTags);
        Microdata microdata = new Microdata(scan.itemprops);
        List<String> headings = headingTexts(scan.headings);

        String canonicalUrl = firstUrl(baseUrl, scan.canonical, meta.first("og:url"),
                jsonLd.url());
        String siteName = firstText(meta.first("og:site_name"), jsonLd.publisherName(),
                meta.first("application-name"), jsonLd.webSiteName());
        String host = Urls.host(canonicalUrl != null ? canonicalUrl : baseUrl);
        String title = TitleCleaner.clean(title(scan, jsonLd, meta, microdata, headings),
                siteName, host, headings);
        String ogType = meta.first("og:type");
        String type = ogType == null ? "" : ogType.strip().toLowerCase(Locale.ROOT);

        return new PageMetadata(
                title,
                firstText(jsonLd.description(), meta.first("og:description"),
                        meta.first("twitter:description"), meta.first("description"),
                        meta.first("dc.description", "dcterms.description"),
                        meta.first("sailthru.description"), microdata.value("description")),
                byline(scan, jsonLd, meta, microdata),
                firstDate(jsonLd.datePublished(),
                        meta.first("article:published_time", "og:published_time",
                                "parsely-pub-date", "sailthru.date", "dc.date.issued",
                                "dcterms.issued", "dcterms.created", "dc.date", "date",
                                "pubdate", "publishdate", "publish-date", "publication_date",
                                "datepublished"),
                        microdata.value("datePublished"), visibleTime(scan.times)),
                firstDate(jsonLd.dateModified(),
                        meta.first("article:modified_time", "og:updated_time",
                                "dcterms.modified", "dc.date.modified", "datemodified",
                                "last-modified"),
                        microdata.value("dateModified")),
                firstLanguage(scan.htmlLang, meta.first("content-language"),
                        meta.first("og:locale"), jsonLd.inLanguage(),
                        meta.first("dc.language", "language")),
                firstUrl(baseUrl, meta.first("og:image:secure_url", "og:image:url", "og:image"),
                        meta.first("twitter:image", "twitter:image:src"),
                        jsonLd.images().isEmpty() ? null : jsonLd.images().get(0),
                        microdata.value("image")),
                canonicalUrl,
                siteName,
                jsonLd.articleBody(),
                jsonLd.declaresArticle() || type.equals("article"),
                type.startsWith("video") || jsonLd.types().contains("VideoObject")
                        && !jsonLd.declaresArticle(),
                Boolean.FALSE.equals(jsonLd.accessibleForFree()));
    }

    private static String title(PageScan scan, JsonLdArticle jsonLd, MetaTags meta,
            Microdata microdata, List<String> headings) {
        List<String> candidates = new ArrayList<>();
        for (String value : new String[] {
            jsonLd.headline(), meta.first("og:title"), meta.first("twitter:title"),
            meta.first("parsely-title"), meta.first("sailthru.title"),
            meta.first("dc.title", "dcterms.title"), microdata.value("headline"),
            headings.isEmpty() ? null : headings.get(0), scan.title
        }) {
            String text = PlainText.clean(value);
            if (text != null) {
                candidates.add(text);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        String chosen = candidates.get(0);
        String stem = truncationStem(chosen);
        if (stem != null) {
            // Some CMSs cut JSON-LD headlines to a search engine's length limit.
            for (String other : candidates) {
                if (other.length() > stem.length() && other.startsWith(stem)
                        && truncationStem(other) == null) {
                    return other;
                }
            }
        }
        return chosen;
    }

    /** The text before a trailing ellipsis, or {@code null} when the title is not cut short. */
    private static String truncationStem(String title) {
        if (title.endsWith("…")) {
            return title.substring(0, title.length() - 1).strip();
        }
        if (title.endsWith("...")) {
            return title.substring(0, title.length() - 3).strip();
        }
        return null;
    }

    private static List<String> byline(PageScan scan, JsonLdArticle jsonLd, MetaTags meta,
            Microdata microdata) {
        List<Supplier<List<String>>> sources = List.of(
                jsonLd::authors,
                () -> meta.all("author", "article:author", "parsely-author", "sailthru.author",
                        "dc.creator", "dcterms.creator", "byl"),
                () -> microdata.authorName() == null ? List.of()
                        : List.of(microdata.authorName()),
                () -> visibleByline(scan.bylines));
        for (Supplier<List<String>> source : sources) {
            List<String> names = Bylines.normalize(source.get());
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * A byline shown on the page: an author link, or a short element named as a byline. Only
     * looked for when no metadata names the authors, and so read before the page is cleaned.
     */
    private static List<String> visibleByline(List<Element> candidates) {
        for (Element candidate : candidates) {
            String text = candidate.text();
            if (text.length() >= 3 && text.length() <= MAX_VISIBLE_BYLINE) {
                return List.of(text);
            }
        }
        return List.of();
    }

    /** The publication time shown on the page: a {@code pubdate} time, else the first one. */
    private static String visibleTime(List<Element> times) {
        for (Element time : times) {
            if (time.hasAttr("pubdate")) {
                return time.attr("datetime");
            }
        }
        return times.isEmpty() ? null : times.get(0).attr("datetime");
    }

    private static List<String> headingTexts(List<Element> headings) {
        List<String> texts = new ArrayList<>();
        for (Element heading : headings.subList(0, Math.min(MAX_HEADINGS, headings.size()))) {
            String text = PlainText.clean(heading.text());
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String firstText(String... values) {
        return first(PlainText::clean, values);
    }

    private static Instant firstDate(String... values) {
        return first(DateValues::parse, values);
    }

    private static String firstLanguage(String... values) {
        return first(LanguageTags::normalize, values);
    }

    private static String firstUrl(String baseUrl, String... values) {
        return first(value -> Urls.absolute(baseUrl, value), values);
    }

    private static <T> T first(Function<String, T> reader, String... values) {
        for (String value : values) {
            T read = value == null ? null : reader.apply(value);
            if (read != null) {
                return read;
            }
        }
        return null;
    }
}
