package io.newsdesk.parse.module;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.CommonFields;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.MetadataBuilder;
import io.newsdesk.parse.feed.PodcastBuilder;
import io.newsdesk.parse.text.PersonNames;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/** The iTunes podcast namespace, for channels and episodes alike. */
final class Itunes {

    /** The scheme podcast categories and keywords are filed under. */
    static final String CATEGORY_SCHEME = "http://www.itunes.com/";

    private Itunes() {}

    /**
     * Reads an {@code itunes:} element.
     *
     * @return {@code false} when the element is not one Newsdesk maps (it is left unconsumed)
     */
    static boolean read(XmlCursor cursor, CommonFields fields) throws XmlReadException {
        PodcastBuilder podcast = fields.podcast();
        switch (cursor.localName()) {
            case "author" -> fields.author(PersonNames.parse(cursor.readText()));
            case "owner" -> fields.publisher(owner(cursor));
            case "summary" -> {
                Text summary = FieldValues.text(cursor, TextType.TEXT);
                podcast.summary(summary);
                // An episode's summary stands in for a missing description; a channel's subtitle does.
                if (fields instanceof EntryBuilder) {
                    fields.fallbackDescription(summary);
                }
            }
            case "subtitle" -> {
                Text subtitle = FieldValues.text(cursor, TextType.TEXT);
                podcast.subtitle(subtitle);
                if (!(fields instanceof EntryBuilder)) {
                    fields.fallbackDescription(subtitle);
                }
            }
            case "image" -> {
                // Apple's element has the address in href; publishers also write url or the text.
                String url = FieldValues.urlAttribute(cursor, "href");
                url = url != null ? url : FieldValues.urlAttribute(cursor, "url");
                url = url != null ? url : FieldValues.url(cursor);
                if (url != null) {
                    fields.secondaryImage(Image.of(url));
                }
                podcast.stated();
            }
            case "category" -> category(cursor, fields);
            case "link" -> {
                String url = "image".equals(cursor.attribute("rel")) ? FieldValues.urlAttribute(cursor, "href") : null;
                if (url == null) {
                    return false;
                }
                fields.secondaryImage(Image.of(url));
            }
            case "keywords" -> {
                String keywords = cursor.readText();
                for (String keyword : keywords.split(",")) {
                    String term = PlainText.blankToNull(keyword);
                    if (term != null) {
                        fields.category(new Category(term, CATEGORY_SCHEME, null));
                    }
                }
                podcast.stated();
            }
            case "explicit" -> podcast.explicit(cursor.readText());
            case "block" -> podcast.block(cursor.readText());
            case "duration" -> podcast.duration(FieldValues.value(cursor));
            case "new-feed-url" -> {
                String url = FieldValues.url(cursor);
                if (!(fields instanceof MetadataBuilder feed)) {
                    return false;
                }
                feed.movedTo(url);
                podcast.stated();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A category, and its subcategories after it. */
    private static void category(XmlCursor cursor, CommonFields fields) throws XmlReadException {
        String text = PlainText.blankToNull(cursor.attribute("text"));
        if (text != null) {
            fields.category(new Category(text, CATEGORY_SCHEME, null));
        }
        fields.podcast().stated();
        int category = cursor.depth();
        while (cursor.nextChild(category)) {
            if (cursor.namespace().equals(Namespaces.ITUNES) && cursor.localName().equals("category")) {
                category(cursor, fields);
            }
        }
    }

    private static Person owner(XmlCursor cursor) throws XmlReadException {
        String name = null;
        String email = null;
        int owner = cursor.depth();
        while (cursor.nextChild(owner)) {
            if (!cursor.namespace().equals(Namespaces.ITUNES)) {
                continue;
            }
            switch (cursor.localName()) {
                case "name" -> name = FieldValues.value(cursor);
                case "email" -> email = FieldValues.value(cursor);
                default -> { }
            }
        }
        return new Person(name, email, null);
    }
}
