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
 * <p>Before the page is parsed, what is never article text (scripts other than JSON-LD, style
 * sheets, SVG drawings, comments) is left out of its markup (see {@link MarkupPruner}). The body is
 * found by scoring the page's paragraphs and crediting the elements that hold them (see
 * {@link ContentScorer}), using the page's JSON-LD {@code articleBody} as evidence when it states
 * one; there are no per-site rules. Metadata is read from JSON-LD, OpenGraph and other meta tags,
 * microdata and finally the visible page, in that order of trust (see {@link MetadataReader}).
 *
 * <p>The article's {@code html} is its body sanitized by {@link HtmlSanitizer} (allow-listed
 * markup, absolute URLs, lazily loaded images resolved), figures with their captions included;
 * its {@code text} is the running prose as plain text, paragraphs separated by blank lines,
 * without figure captions and photo credits.
 *
 * <p>Bounded and never throws on bad input: at most {@link #MAX_PAGE_BYTES} of a page are read and
 * at most {@link MarkupPruner#MAX_KEPT_CHARS} characters of its markup parsed (the result says when
 * a page was cut); markup of any quality and nesting depth is read as browsers would. Input that is
 * not HTML at all (empty, binary, a PDF, JSON, plain text) gives an empty {@link Article} with
 * {@code isArticle == false}; pages that are not articles (section fronts, video pages, paywall
 * stubs) are returned with whatever was found and {@code isArticle == false}.
 * {@link #extractDetailed(byte[], String, String)} also says which, and why. Instances are
 * stateless and thread-safe.
 */
public final class ArticleExtractor {

    /** Of a larger page, only the first this many bytes are read. */
    public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Types servers wrongly send HTML as: the body decides. */
    private static final Set<String> SNIFFED_TYPES = Set.of("", "text/plain",
            "application/octet-stream", "text/xml", "application/xml", "binary/octet-stream");

    /** Creates an extractor; it keeps no state between pages. */
    public ArticleExtractor() {}

    /**
     * Extracts the article from a fetched page, decoding it first: a byte-order mark decides, then
     * the bytes themselves when they are valid UTF-8, then the header's charset or the page's
     * {@code <meta>} declaration, else windows-1252.
     *
     * @param body the response body
     * @param contentType the Content-Type header, or {@code null}; a type that is neither HTML
     *     nor one servers mislabel HTML as (such as an image or PDF) gives a non-article
     * @param url the page's URL, against which relative links resolve; may be {@code null}
     * @return the article; never {@code null}
     */
    public Article extract(byte[] body, String contentType, String url) {
        return extractDetailed(body, contentType, url).article();
    }

    /**
     * Extracts the article from a page's HTML.
     *
     * @param html the page
     * @param url the page's URL, against which relative links resolve; may be {@code null}
     * @return the article; never {@code null}
     */
    public Article extract(String html, String url) {
        return extractDetailed(html, url).article();
    }

    /**
     * As {@link #extract(byte[], String, String)}, with what the page turned out to be, whether it
     * was too large to read whole, and why it gave no article.
     *
     * @return the outcome; never {@code null}
     */
    public Extraction extractDetailed(byte[] body, String contentType, String url) {
        try {
            return extractStrictly(body, contentType, url);
        } catch (RuntimeException bug) {
            return failed(url, bug);
        }
    }

    /**
     * As {@link #extract(String, String)}, with what the page turned out to be, whether it was too
     * large to read whole, and why it gave no article.
     *
     * @return the outcome; never {@code null}
     */
    public Extraction extractDetailed(String html, String url) {
        try {
            return extractStrictly(html, url);
        } catch (RuntimeException bug) {
            return failed(url, bug);
        }
    }

    /** {@link #extractDetailed(byte[], String, String)} without the safety net, so tests see bugs. */
    static Extraction extractStrictly(byte[] body, String contentType, String url) {
        if (body == null || body.length == 0) {
            return notHtml("The page is empty.");
        }
        String mediaType = PageDecoder.mediaType(contentType);
        if (!HTML_TYPES.contains(mediaType) && !SNIFFED_TYPES.contains(mediaType)) {
            return notHtml("The content is " + mediaType + ", not an HTML page.");
        }
        int length = Math.min(body.length, MAX_PAGE_BYTES);
        Extraction extraction = extractStrictly(PageDecoder.decode(body, length, contentType), url);
        return length < body.length ? truncated(extraction) : extraction;
    }

    /** {@link #extractDetailed(String, String)} without the safety net, so tests see bugs. */
    static Extraction extractStrictly(String html, String url) {
        String notHtml = Markup.notHtmlBecause(html);
        if (notHtml != null) {
            return notHtml(notHtml);
        }
        MarkupPruner.Pruned pruned = MarkupPruner.prune(html);
        Extraction extraction = extract(Jsoup.parse(pruned.markup(), url == null ? "" : url.strip()));
        return pruned.truncated() ? truncated(extraction) : extraction;
    }

    private static Extraction extract(Document document) {
        String baseUrl = document.baseUri().isEmpty() ? null : document.baseUri();
        PageMetadata metadata = MetadataReader.read(PageScan.of(document), baseUrl);
        ArticleBody body = ArticleBody.extract(document, metadata);
        Element content = body.content();
        String html = HtmlSanitizer.sanitizeContent(content, baseUrl);
        String leadImage = metadata.leadImage() != null
                ? metadata.leadImage()
                : LargeImages.first(content, baseUrl);
        String text = ProseText.of(content);
        String notAnArticle = ArticleVerdict.notAnArticleBecause(metadata, body, text);
        Article article = new Article(
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
                notAnArticle == null);
        return new Extraction(article,
                notAnArticle == null ? ExtractionStatus.ARTICLE : ExtractionStatus.NOT_AN_ARTICLE,
                false, notAnArticle);
    }

    /** The same outcome, saying that only the beginning of the page was read. */
    private static Extraction truncated(Extraction extraction) {
        String cut = "The page is too large to read whole; only its beginning was read.";
        String detail = extraction.detail() == null ? cut : extraction.detail() + " " + cut;
        return new Extraction(extraction.article(), extraction.status(), true, detail);
    }

    /** A bug must not stop a feed from being read: it is logged loudly, and no article given. */
    private static Extraction failed(String url, RuntimeException bug) {
        LOG.warn("Article extraction failed for {}", url, bug);
        return new Extraction(emptyArticle(), ExtractionStatus.FAILED, false,
                "The article could not be extracted because of a fault in Newsdesk (logged).");
    }

    private static Extraction notHtml(String because) {
        return new Extraction(emptyArticle(), ExtractionStatus.NOT_HTML, false, because);
    }

    private static Article emptyArticle() {
        return new Article(null, null, List.of(), null, null, null, null, null, null, "", null,
                false);
    }
}
