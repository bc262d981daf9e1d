package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Chapters;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.GeoShape;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one entry. As in {@link CommonFields}, single values keep the first one offered;
 * fallbacks (a Media RSS title, an iTunes summary) have their own slots, used only when the
 * preferred element is missing wherever it comes in the entry.
 */
public final class EntryBuilder extends CommonFields {

    private String id;
    private boolean guidIsPermalink;
    private Text fallbackTitle;
    private Text summary;
    private Text fallbackSummary;
    private final List<Text> content = new ArrayList<>();
    private DateValue expired;
    private String comments;
    private FeedMetadata source;
    private Image image;
    private final MediaBuilder media = new MediaBuilder();
    private GeoShape where;
    private Chapters chapters;

    /** The identifier; {@code permalink} when it is an RSS guid that is also the entry's address. */
    public void id(String value, boolean permalink) {
        if (id == null && value != null) {
            id = value;
            guidIsPermalink = permalink;
        }
    }

    /** {@code true} once an identifier is known. */
    public boolean hasId() {
        return id != null;
    }

    /** A title from a secondary element (Media RSS), used when there is no other. */
    public void fallbackTitle(Text value) {
        fallbackTitle = firstText(fallbackTitle, value);
    }

    public void summary(Text value) {
        summary = firstText(summary, value);
    }

    /** {@code true} once a summary is known. */
    public boolean hasSummary() {
        return summary != null;
    }

    /** A summary from a secondary element (iTunes, Media RSS), used when there is no other. */
    public void fallbackSummary(Text value) {
        fallbackSummary = firstText(fallbackSummary, value);
    }

    @Override
    public void description(Text value) {
        summary(value);
    }

    @Override
    public void fallbackDescription(Text value) {
        fallbackSummary(value);
    }

    @Override
    public void secondaryImage(Image value) {
        image(value);
    }

    /** Adds content, unless it is empty: content by reference has no text but is kept. */
    public void content(Text value) {
        if (value != null && (!value.value().isEmpty() || value.src() != null)) {
            content.add(value);
        }
    }

    public void expired(DateValue value) {
        expired = latest(expired, value);
    }

    public void comments(String value) {
        comments = first(comments, value);
    }

    public void source(FeedMetadata value) {
        source = first(source, value);
    }

    public void image(Image value) {
        image = first(image, value);
    }

    /** The Media RSS elements being collected. */
    public MediaBuilder media() {
        return media;
    }

    public void where(GeoShape value) {
        where = first(where, value);
    }

    public void chapters(Chapters value) {
        chapters = first(chapters, value);
    }

    /** The entry as read. */
    public ParsedEntry build() {
        return new ParsedEntry(id, guidIsPermalink, firstText(title(), fallbackTitle),
                firstText(summary, fallbackSummary), content, rights(), links(), authors(), contributors(), publisher(),
                categories(), published(), updated(), created(), expired, comments, source, language(), image,
                podcast().build(), media.build(), where, chapters, inReplyTo(), extensions());
    }
}
