package io.newsdesk.parse.module;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.MediaRss;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.MediaBuilder;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Media RSS ({@code media:}) elements of an entry; groups are read as if their children were the entry's. */
final class MediaElements {

    /** The scheme Media RSS gives categories that state none. */
    private static final String DEFAULT_CATEGORY_SCHEME = "http://search.yahoo.com/mrss/category_schema";

    private MediaElements() {}

    /**
     * Reads a {@code media:} element of an entry.
     *
     * @return {@code false} when the element is not one Newsdesk maps (it is left unconsumed)
     */
    static boolean read(XmlCursor cursor, EntryBuilder entry) throws XmlReadException {
        MediaBuilder media = entry.media();
        switch (cursor.localName()) {
            case "content" -> content(cursor, entry);
            case "group" -> children(cursor, entry);
            case "thumbnail" -> {
                String url = FieldValues.urlAttribute(cursor, "url");
                if (url != null) {
                    media.thumbnail(new MediaRss.Thumbnail(url, FieldValues.attribute(cursor, "width"),
                            FieldValues.attribute(cursor, "height"), FieldValues.attribute(cursor, "time")));
                }
            }
            case "title" -> entry.fallbackTitle(FieldValues.text(cursor, declaredType(cursor)));
            case "description" -> entry.fallbackSummary(FieldValues.text(cursor, declaredType(cursor)));
            case "credit" -> {
                String role = FieldValues.attribute(cursor, "role");
                String scheme = FieldValues.attribute(cursor, "scheme");
                String name = FieldValues.value(cursor);
                if (name != null) {
                    media.credit(new MediaRss.Credit(role, scheme, name));
                }
            }
            case "restriction" -> {
                String relationship = FieldValues.attribute(cursor, "relationship");
                String type = FieldValues.attribute(cursor, "type");
                String list = PlainText.blankToNull(cursor.readText());
                List<String> values = list == null ? List.of() : Arrays.asList(list.split("\\s+"));
                media.restriction(new MediaRss.Restriction(relationship, type, values));
            }
            case "license" -> {
                String type = FieldValues.attribute(cursor, "type");
                String href = FieldValues.urlAttribute(cursor, "href");
                media.license(new MediaRss.License(type, href, FieldValues.value(cursor)));
            }
            case "rating" -> {
                String scheme = FieldValues.attribute(cursor, "scheme");
                String value = FieldValues.value(cursor);
                if (value != null) {
                    media.rating(new MediaRss.Rating(scheme, value));
                }
            }
            case "player" -> {
                String url = FieldValues.urlAttribute(cursor, "url");
                if (url != null) {
                    media.player(new MediaRss.Player(url, FieldValues.attribute(cursor, "width"),
                            FieldValues.attribute(cursor, "height")));
                }
            }
            case "category" -> {
                String scheme = FieldValues.attribute(cursor, "scheme");
                String label = FieldValues.attribute(cursor, "label");
                String term = FieldValues.value(cursor);
                if (term != null || label != null) {
                    entry.category(new Category(term, scheme == null ? DEFAULT_CATEGORY_SCHEME : scheme, label));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void content(XmlCursor cursor, EntryBuilder entry) throws XmlReadException {
        String url = FieldValues.urlAttribute(cursor, "url");
        String type = FieldValues.attribute(cursor, "type");
        String medium = FieldValues.attribute(cursor, "medium");
        entry.media().content(new MediaRss.Content(url, type, medium == null ? null : medium.toLowerCase(Locale.ROOT),
                FieldValues.attribute(cursor, "fileSize"), FieldValues.attribute(cursor, "duration"),
                FieldValues.attribute(cursor, "width"), FieldValues.attribute(cursor, "height")));
        children(cursor, entry);
    }

    /** A group's (or a content's) children describe the entry's media as a whole. */
    private static void children(XmlCursor cursor, EntryBuilder entry) throws XmlReadException {
        int parent = cursor.depth();
        while (cursor.nextChild(parent)) {
            if (cursor.namespace().equals(Namespaces.MEDIA)) {
                read(cursor, entry);
            }
        }
    }

    /** Media RSS's {@code type="plain"} (the default) or {@code "html"}. */
    private static TextType declaredType(XmlCursor cursor) {
        return "html".equalsIgnoreCase(PlainText.blankToNull(cursor.attribute("type"))) ? TextType.HTML : TextType.TEXT;
    }
}
