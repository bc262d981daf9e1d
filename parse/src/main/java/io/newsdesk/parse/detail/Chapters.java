package io.newsdesk.parse.detail;

import java.time.Duration;
import java.util.List;

/**
 * Podlove Simple Chapters ({@code psc:chapters}) of an episode.
 *
 * @param version the format version as stated, or {@code null}
 * @param chapters the chapters in document order
 */
public record Chapters(String version, List<Chapter> chapters) {

    public Chapters {
        chapters = List.copyOf(chapters);
    }

    /**
     * One chapter.
     *
     * @param start where it starts, as written ("00:03:07.250")
     * @param startOffset the same as a duration from the start, or {@code null} when unreadable
     * @param title its title
     * @param href a page about it (absolute), or {@code null}
     * @param image an image for it (as written), or {@code null}
     */
    public record Chapter(String start, Duration startOffset, String title, String href, String image) {}
}
