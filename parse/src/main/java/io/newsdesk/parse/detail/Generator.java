package io.newsdesk.parse.detail;

/**
 * The software that produced the feed.
 *
 * @param name its name, or {@code null}
 * @param uri its web site (absolute), or {@code null}
 * @param version its version, or {@code null}
 */
public record Generator(String name, String uri, String version) {}
