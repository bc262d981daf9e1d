package io.newsdesk.domain;

/**
 * The outlet an entry comes from: the publication's name and home page. For feed entries this is
 * RSS's {@code <source>} or the feed itself; for imported pages, the site.
 */
public record Source(String name, String url) {}
