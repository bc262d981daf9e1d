package io.newsdesk.parse.module;

import io.newsdesk.parse.detail.Chapters;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Podlove Simple Chapters: {@code psc:chapters} with a {@code psc:chapter} per chapter. */
final class PodloveChapters {

    private static final int MAX_CHAPTERS = 1000;

    /** Normal play time: [[hh:]mm:]ss[.mmm]. */
    private static final Pattern NORMAL_PLAY_TIME = Pattern.compile("(?:(?:(\\d{1,6}):)?(\\d{1,2}):)?(\\d{1,2})(?:\\.(\\d{1,3}))?");

    private PodloveChapters() {}

    /** Reads the current {@code psc:chapters} element. */
    static Chapters read(XmlCursor cursor) throws XmlReadException {
        String version = FieldValues.attribute(cursor, "version");
        List<Chapters.Chapter> chapters = new ArrayList<>();
        int parent = cursor.depth();
        while (cursor.nextChild(parent)) {
            if (cursor.namespace().equals(Namespaces.PSC) && cursor.localName().equals("chapter")
                    && chapters.size() < MAX_CHAPTERS) {
                String start = FieldValues.attribute(cursor, "start");
                if (start != null) {
                    chapters.add(new Chapters.Chapter(start, offset(start), FieldValues.attribute(cursor, "title"),
                            FieldValues.urlAttribute(cursor, "href"), FieldValues.attribute(cursor, "image")));
                }
            }
        }
        return new Chapters(version, chapters);
    }

    /** The start as a duration, or {@code null} when it is not normal play time. */
    static Duration offset(String start) {
        Matcher matcher = NORMAL_PLAY_TIME.matcher(start);
        if (!matcher.matches()) {
            return null;
        }
        long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
        long minutes = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
        long seconds = Long.parseLong(matcher.group(3));
        String fraction = matcher.group(4);
        long millis = fraction == null ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusMillis(millis);
    }
}
