package io.newsdesk.parse.detail;

/**
 * Atom threading's {@code thr:in-reply-to}: what an entry (or feed) answers.
 *
 * @param ref the identifier of the resource answered
 * @param href where it can be read (absolute), or {@code null}
 * @param type its media type, or {@code null}
 * @param source the feed it came from (absolute), or {@code null}
 */
public record InReplyTo(String ref, String href, String type, String source) {}
