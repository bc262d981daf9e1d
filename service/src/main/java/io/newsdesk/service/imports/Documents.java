package io.newsdesk.service.imports;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.Source;
import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.extract.teaser.NotTeaserTextException;
import io.newsdesk.extract.teaser.TeaserText;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.parse.DocumentSniffer;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.service.NewsdeskException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads single documents into the model without storing anything: feed documents into a
 * {@link FeedDocument}, article pages and aggregator teaser text into an {@link Entry}. Behind
 * {@code newsdesk parse}, {@code newsdesk extract} and imports.
 */
public final class Documents {

    /** Larger files are refused: no article or feed a person imports is this big. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private final ArticleExtractor extractor;
    private final Clock clock;

    /**
     * @param clock the time relative ages in teaser text ("11 months ago") count back from
     */
    public Documents(ArticleExtractor extractor, Clock clock) {
        this.extractor = extractor;
        this.clock = clock;
    }

    /**
     * Parses a feed document without storing it.
     *
     * @throws NewsdeskException INVALID when it is not a feed
     */
    public FeedDocument parseFeed(byte[] content, String contentType, String url) {
        try {
            return FeedParser.parse(content, contentType, url);
        } catch (FeedParseException e) {
            throw NewsdeskException.invalid(e.getMessage());
        }
    }

    /**
     * Makes an entry from an article page or aggregator teaser text without storing it.
     *
     * @throws NewsdeskException INVALID when the document is neither
     */
    public Extracted extract(byte[] content, String contentType, String url) {
        if (content.length == 0) {
            throw NewsdeskException.invalid("the document is empty");
        }
        DocumentKind kind = DocumentSniffer.sniff(content, contentType);
        if (kind == DocumentKind.HTML) {
            Article article = extractor.extract(content, contentType, url);
            return new Extracted(kind, toEntry(article, url), article);
        }
        if (kind == DocumentKind.TEXT) {
            try {
                return new Extracted(kind, TeaserText.parse(TextDecoding.decode(content), clock.instant()), null);
            } catch (NotTeaserTextException e) {
                throw NewsdeskException.invalid(e.getMessage());
            }
        }
        throw NewsdeskException.invalid("not an HTML page or text (it looks like " + describe(kind) + ")");
    }

    /** Reads a file for import, refusing what cannot be an article or a feed. */
    public static byte[] read(Path file) {
        if (Files.isDirectory(file)) {
            throw NewsdeskException.invalid(file + " is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw NewsdeskException.invalid(file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw NewsdeskException.invalid("no such file: " + file);
        } catch (IOException e) {
            throw NewsdeskException.invalid("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** An extracted article as an entry: the page's canonical URL is its identity. */
    static Entry toEntry(Article article, String url) {
        String link = article.canonicalUrl() != null ? article.canonicalUrl() : url;
        Source source = article.siteName() == null ? null : new Source(article.siteName(), siteRoot(link));
        return Entry.builder()
                .guid(link)
                .title(article.title())
                .link(link)
                .published(article.published())
                .updated(article.modified())
                .authors(article.byline())
                .dek(article.dek())
                .content(article.html())
                .source(source)
                .language(article.language())
                .imageUrl(article.leadImage())
                .build();
    }

    private static String siteRoot(String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = URI.create(link);
            return uri.getScheme() == null || uri.getHost() == null ? null : uri.getScheme() + "://" + uri.getHost() + "/";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(DocumentKind kind) {
        return switch (kind) {
            case FEED -> "a feed: use `newsdesk parse` or `newsdesk import`";
            case OPML -> "an OPML subscription list";
            default -> "binary or unknown content";
        };
    }
}
