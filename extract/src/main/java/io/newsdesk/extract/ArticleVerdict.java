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

    static boolean isArticle(PageMetadata metadata, ArticleBody body, String text) {
        int chars = text.length();
        if (chars < MIN_CHARS || body.linkList()) {
            return false;
        }
        if ((metadata.paywalled() || metadata.declaredVideo()) && chars < MIN_STUB_CHARS) {
            return false;
        }
        return metadata.declaredArticle() || chars >= MIN_UNDECLARED_CHARS;
    }
}
