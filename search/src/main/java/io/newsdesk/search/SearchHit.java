package io.newsdesk.search;

/**
 * One matching entry. Both HTML fields are safe to insert into a page as they are: the indexed
 * text is HTML-escaped and the only markup added is {@code <mark>…</mark>} around matched words.
 *
 * @param entryId the stored entry to load for display
 * @param score the relevance score (BM25); only comparable within one result list
 * @param titleHtml the title with matches marked, the escaped title when nothing in it matched,
 *     or an empty string for an untitled entry
 * @param snippetHtml the best-matching passages of the standfirst and body (a few hundred
 *     characters, gaps shown as "…"), or the start of the body when the match was elsewhere;
 *     empty when the entry has no text
 */
public record SearchHit(long entryId, float score, String titleHtml, String snippetHtml) {}
