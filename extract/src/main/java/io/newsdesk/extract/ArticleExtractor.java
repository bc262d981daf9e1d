package io.newsdesk.extract;

import io.newsdesk.domain.Article;
import io.newsdesk.sanitize.HtmlSanitizer;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the article from a news page: its body (structure kept: paragraphs, headings, lists,
 * quotes, figures with captions, tables; navigation, related links, comments, ads, share bars,
 * newsletter boxes and cookie notices left out) and its metadata (headline, standfirst, byline,
 * dates, language, lead image, canonical URL, site name).
 *
 * <p>The body is found by scoring the page's paragraphs and crediting the elements that hold
 * them (see {@link ContentScorer}), using the page's JSON-LD {@code articleBody} as evidence when
 * it states one; there are no per-site rules. Metadata is read from JSON-LD, OpenGraph and other
 * meta tags, microdata and finally the visible page, in that order of trust (see
 * {@link MetadataReader}).
 *
 * <p>The article's {@code html} is its body sanitized by {@link HtmlSanitizer} (allow-listed
 * markup, absolute URLs, lazily loaded images resolved), figures with their captions included;
 * its {@code text} is the running prose as plain text, paragraphs separated by blank lines,
 * without figure captions and photo credits.
 *
 * <p>Never throws on bad input: markup of any quality is read as browsers would; input that is not
 * HTML at all (empty, binary, plain text) gives an {@link Article} with {@code isArticle == false}
 * and an empty body. Pages that are not articles (section fronts, video pages, paywall stubs) are
 * returned with whatever was found and {@code isArticle == false}. Instances are stateless and
 * thread-safe.
 */
public final class ArticleExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Types servers wrongly send HTML as: the body decides. */
    private static final Set<String> SNIFFED_TYPES = Set.of("", "text/plain",
            "application/octet-stream", "text/xml", "application/xml", "binary/octet-stream");

    /** Creates an extractor; it keeps no state between pages. */
    public ArticleExtractor() {}

    /**
     * Extracts the article from a fetched page, decoding it first: a byte-order mark, the
     * header's charset or the page's {@code <meta>} declaration name the encoding; without one,
     * UTF-8 is used when the bytes are valid UTF-8, windows-1252 otherwise.
     *
     * @param body the response body
     * @param contentType the Content-Type header, or {@code null}; a type that is neither HTML
     *     nor one servers mislabel HTML as (such as an image or PDF) gives a non-article
     * @param url the page's URL, against which relative links resolve; may be {@code null}
     * @return the article; never {@code null}
     */
    public Article extract(byte[] body, String contentType, String url) {
        try {
            return extractStrictly(body, contentType, url);
        } catch (RuntimeException bug) {
            return failed(url, bug);
        }
    }

    /**
     * Extracts the article from a page's HTML.
     *
     * @param html the page
     * @param url the page's URL, against which relative links resolve; may be {@code null}
     * @return the article; never {@code null}
     */
    public Article extract(String html, String url) {
        try {
            return extractStrictly(html, url);
        } catch (RuntimeException bug) {
            return failed(url, bug);
        }
    }

    /** {@link #extract(byte[], String, String)} without the safety net, so tests see bugs. */
    static Article extractStrictly(byte[] body, String contentType, String url) {
        if (body == null || body.length == 0) {
            return notAnArticle();
        }
        String mediaType = PageDecoder.mediaType(contentType);
        if (!HTML_TYPES.contains(mediaType) && !SNIFFED_TYPES.contains(mediaType)) {
            return notAnArticle();
        }
        return extractStrictly(PageDecoder.decode(body, contentType), url);
    }

    /** {@link #extract(String, String)} without the safety net, so tests see bugs. */
    static Article extractStrictly(String html, String url) {
        if (html == null || !Markup.looksLikeHtml(html)) {
            return notAnArticle();
        }
        return extract(Jsoup.parse(html, url == null ? "" : url.strip()));
    }

    /** A bug must not stop a feed from being read: it is logged loudly, and no article given. */
    private static Article failed(String url, RuntimeException bug) {
        LOG.warn("Article extraction failed for {}", url, bug);
        return notAnArticle();
    }

    private static Article extract(Document document) {
        String baseUrl = document.baseUri().isEmpty() ? null : document.baseUri();
        PageMetadata metadata = MetadataReader.read(PageScan.of(document), baseUrl);
        ArticleBody body = ArticleBody.extract(document, metadata);
        Element article = body.content();
        document.outputSettings().prettyPrint(false);
        String html = HtmlSanitizer.sanitize(article.html(), baseUrl);
        String leadImage = metadata.leadImage() != null
                ? metadata.leadImage()
                : LargeImages.first(article, baseUrl);
        String text = ProseText.of(article);
        return new Article(
                metadata.title(),
                metadata.dek(),
                metadata.byline(),
                metadata.published(),
                metadata.modified(),
                metadata.language(),
                leadImage,
                metadata.canonicalUrl(),
                metadata.siteName(),
                text,
                html,
                ArticleVerdict.isArticle(metadata, body, text));
    }

    private static Article notAnArticle() {
        return new Article(null, null, List.of(), null, null, null, null, null, null, "", null,
                false);
    }
}
