package io.newsdesk.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Locates a page's article body: clean the page of what is never content, measure it once,
 * score paragraphs to find the element holding the article, gather its siblings, clean the result.
 * Each step is a single pass over the page or over the (much smaller) article.
 *
 * @param content one {@code <div>} holding the body; the document's {@code <body>} is left
 *     holding only it
 * @param linkList whether the content is a list of links or teasers rather than prose (a section
 *     front, a navigation page): such content is returned as found, not cleaned as an article
 */
record ArticleBody(Element content, boolean linkList) {

    /** Prose that must remain of link-heavy content for it to be an article with link boxes. */
    static final int MIN_PROSE_CHARS = 500;

    /** Extracts the body of the document, which it changes. */
    static ArticleBody extract(Document document, PageMetadata metadata) {
        Element body = document.body();
        PageCleaner.clean(body);
        TextStats stats = TextStats.measure(body);
        ClassHints hints = new ClassHints();
        ContentScorer.Result scoring = ContentScorer.score(body, stats, hints,
                BodyEvidence.of(metadata.articleBody()));
        Element content = ContentAssembler.assemble(scoring.top(), body, scoring, stats);
        ArticleBody result = clean(content, new ContentCleaner(hints, scoring, metadata.title()));
        body.empty().appendChild(result.content());
        return result;
    }

    /**
     * Cleans the content as an article. Content that looks like a list of links may still be an
     * article carrying boxes of related links: if enough prose is left once they are cleaned
     * away, it is; otherwise it is a list, and returned as found rather than cleaned to nothing.
     */
    private static ArticleBody clean(Element content, ContentCleaner cleaner) {
        cleaner.removeClutter(content);
        TextStats stats = TextStats.measure(content);
        if (!LinkLists.isLinkList(content, stats)) {
            cleaner.removeUnlikeContent(content, stats);
            return new ArticleBody(content, false);
        }
        Element asFound = content.clone();
        cleaner.removeUnlikeContent(content, stats);
        TextStats cleaned = TextStats.measure(content);
        if (cleaned.of(content).chars >= MIN_PROSE_CHARS
                && !LinkLists.isLinkList(content, cleaned)) {
            return new ArticleBody(content, false);
        }
        return new ArticleBody(asFound, true);
    }
}
