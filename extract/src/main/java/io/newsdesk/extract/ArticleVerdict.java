package io.newsdesk.extract;

/**
 * Decides whether an extracted page is an article, or a page of another kind whose "body" is
 * whatever text it had: a section front or list of links, a video page, a paywall stub.
 */
final class ArticleVerdict {

    /** Less body text than this is no article, whatever the page declares. */
    static final int MIN_CHARS = 200;
    /** Pages that do not declare themselves articles need more text to count as one. */
    static final int MIN_UNDECLARED_CHARS = 500;
    /** A paywalled or video page with less text than this shows only a teaser or a caption. */
    static final int MIN_STUB_CHARS = 1000;

    private ArticleVerdict() {}

    /** Why the page is not an article, as a sentence for the user; {@code null} when it is one. */
    static String notAnArticleBecause(PageMetadata metadata, ArticleBody body, String text) {
        int chars = text.length();
        if (body.linkList()) {
            return "The page is a list of links or teasers (a section front or an index), not an article.";
        }
        if (chars < MIN_STUB_CHARS && metadata.paywalled()) {
            return "The page shows only the beginning of an article for subscribers (a paywall).";
        }
        if (chars < MIN_STUB_CHARS && metadata.declaredVideo()) {
            return "The page is a video page with little text, not an article.";
        }
        if (chars < MIN_CHARS || (chars < MIN_UNDECLARED_CHARS && !metadata.declaredArticle())) {
            return "The page has too little text to be an article.";
        }
        return null;
    }
}
