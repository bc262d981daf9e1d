package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.Cloud;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.ExtensionElement;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.Generator;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.InReplyTo;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a feed (or an entry's source) says about itself. Single values keep the first one
 * offered, so readers offer the preferred element first; fallbacks that may come earlier in the
 * document than the preferred element have their own slots.
 */
public final class MetadataBuilder implements CommonFields {

    private Text title;
    private Text subtitle;
    private Text fallbackSubtitle;
    private Text rights;
    private Text info;
    private String id;
    private final List<Link> links = new ArrayList<>();
    private final List<Person> authors = new ArrayList<>();
    private final List<Person> contributors = new ArrayList<>();
    private Person publisher;
    private final Categories categories = new Categories();
    private DateValue updated;
    private DateValue published;
    private DateValue created;
    private DateValue validFrom;
    private DateValue validUntil;
    private Generator generator;
    private String icon;
    private String logo;
    private Image image;
    private Image fallbackImage;
    private TextInput textInput;
    private Cloud cloud;
    private String ttl;
    private String docs;
    private String language;
    private String movedTo;
    private final PodcastBuilder podcast = new PodcastBuilder();
    private InReplyTo inReplyTo;
    private final Extensions extensions = new Extensions();

    @Override
    public void title(Text value) {
        title = firstText(title, value);
    }

    public void subtitle(Text value) {
        subtitle = firstText(subtitle, value);
    }

    /** A description from a secondary element (iTunes subtitle), used when there is no other. */
    public void fallbackSubtitle(Text value) {
        fallbackSubtitle = firstText(fallbackSubtitle, value);
    }

    @Override
    public void description(Text value) {
        subtitle(value);
    }

    @Override
    public void fallbackDescription(Text value) {
        fallbackSubtitle(value);
    }

    @Override
    public void secondaryImage(Image value) {
        fallbackImage(value);
    }

    @Override
    public void rights(Text value) {
        rights = firstText(rights, value);
    }

    public void info(Text value) {
        info = firstText(info, value);
    }

    public void id(String value) {
        id = first(id, value);
    }

    @Override
    public void link(Link link) {
        if (link != null) {
            links.add(link);
        }
    }

    @Override
    public void author(Person person) {
        if (person != null && !person.isEmpty()) {
            authors.add(person);
        }
    }

    /** The authors so far: Atom entries without their own inherit them. */
    public List<Person> authors() {
        return List.copyOf(authors);
    }

    @Override
    public void contributor(Person person) {
        if (person != null && !person.isEmpty()) {
            contributors.add(person);
        }
    }

    @Override
    public void publisher(Person person) {
        if (person != null && !person.isEmpty()) {
            publisher = first(publisher, person);
        }
    }

    @Override
    public void category(Category category) {
        categories.add(category);
    }

    @Override
    public void updated(DateValue value) {
        updated = latest(updated, value);
    }

    @Override
    public void published(DateValue value) {
        published = latest(published, value);
    }

    @Override
    public void created(DateValue value) {
        created = latest(created, value);
    }

    /** Dublin Core's validity period. */
    public void validity(DateValue from, DateValue until) {
        validFrom = first(validFrom, from);
        validUntil = first(validUntil, until);
    }

    public void generator(Generator value) {
        generator = first(generator, value);
    }

    public void icon(String value) {
        icon = first(icon, value);
    }

    public void logo(String value) {
        logo = first(logo, value);
    }

    public void image(Image value) {
        image = first(image, value);
    }

    /** An image from a secondary element (iTunes), used when there is no RSS image. */
    public void fallbackImage(Image value) {
        fallbackImage = first(fallbackImage, value);
    }

    public void textInput(TextInput value) {
        textInput = first(textInput, value);
    }

    public void cloud(Cloud value) {
        cloud = first(cloud, value);
    }

    public void ttl(String value) {
        ttl = first(ttl, value);
    }

    public void docs(String value) {
        docs = first(docs, value);
    }

    @Override
    public void language(String value) {
        language = first(language, value);
    }

    /** The language so far, for entries that do not state their own. */
    public String language() {
        return language;
    }

    /** The address the feed moved to. */
    public void movedTo(String value) {
        movedTo = first(movedTo, value);
    }

    /** The iTunes elements being collected. */
    @Override
    public PodcastBuilder podcast() {
        return podcast;
    }

    @Override
    public void inReplyTo(InReplyTo value) {
        inReplyTo = first(inReplyTo, value);
    }

    @Override
    public void extension(ExtensionElement element) {
        extensions.add(element);
    }

    /** The metadata as read. */
    public FeedMetadata build() {
        return new FeedMetadata(title, firstText(subtitle, fallbackSubtitle), rights, info, id, links, authors,
                contributors, publisher, categories.list(), updated, published, created, validFrom, validUntil,
                generator, icon, logo, first(image, fallbackImage), textInput, cloud, ttl, docs, language,
                movedTo, podcast.build(), inReplyTo, extensions.list());
    }

    static <T> T first(T current, T offered) {
        return current != null ? current : offered;
    }

    /** Texts keep the first one offered that says something; an empty one only stands in for none. */
    static Text firstText(Text current, Text offered) {
        return current == null || current.value().isEmpty() && offered != null ? offered : current;
    }

    /** Dates are the exception: a later element of the same kind corrects an earlier one, as feedparser reads them. */
    static <T> T latest(T current, T offered) {
        return offered != null ? offered : current;
    }
}
