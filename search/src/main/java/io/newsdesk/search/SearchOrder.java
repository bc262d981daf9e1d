package io.newsdesk.search;

/** How search results are ordered. */
public enum SearchOrder {
    /** Best match first (BM25 over the weighted fields); equal scores newest entry id first. */
    RELEVANCE,
    /** Most recently published first; entries without a date come last. */
    NEWEST
}
