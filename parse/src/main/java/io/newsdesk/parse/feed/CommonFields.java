package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.ExtensionElement;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.InReplyTo;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a feed and an entry both have, collected the same way at both levels, so that
 * extension namespaces used at both (Dublin Core, iTunes, Atom threading) are mapped once.
 * Single values keep the first one offered, so readers offer the preferred element first.
 */
public abstract sealed class CommonFields permits MetadataBuilder, EntryBuilder {

    private Text title;
    private Text rights;
    private final List<Link> links = new ArrayList<>();
    private final List<Person> authors = new ArrayList<>();
    private final List<Person> contributors = new ArrayList<>();
    private Person publisher;
    private final Categories categories = new Categories();
    private DateValue updated;
    private DateValue published;
    private DateValue created;
    private String language;
    private final PodcastBuilder podcast = new PodcastBuilder();
    private InReplyTo inReplyTo;
    private final Extensions extensions = new Extensions();

    /** The description: an entry's summary, a feed's subtitle. */
    public abstract void description(Text value);

    /** A description from a secondary element, used when there is no other. */
    public abstract void fallbackDescription(Text value);

    /** An image from a secondary element (iTunes): an entry's image, a feed's fallback image. */
    public abstract void secondaryImage(Image value);

    public void title(Text value) {
        title = firstText(title, value);
    }

    public void rights(Text value) {
        rights = firstText(rights, value);
    }

    public void link(Link link) {
        if (link != null) {
            links.add(link);
        }
    }

    public void author(Person person) {
        if (person != null && !person.isEmpty()) {
            authors.add(person);
        }
    }

    public void contributor(Person person) {
        if (person != null && !person.isEmpty()) {
            contributors.add(person);
        }
    }

    public void publisher(Person person) {
        if (person != null && !person.isEmpty()) {
            publisher = first(publisher, person);
        }
    }

    public void category(Category category) {
        categories.add(category);
    }

    public void updated(DateValue value) {
        updated = latest(updated, value);
    }

    public void published(DateValue value) {
        published = latest(published, value);
    }

    public void created(DateValue value) {
        created = latest(created, value);
    }

    public void language(String value) {
        language = first(language, value);
    }

    /** The iTunes elements being collected. */
    public PodcastBuilder podcast() {
        return podcast;
    }

    public void inReplyTo(InReplyTo value) {
        inReplyTo = first(inReplyTo, value);
    }

    public void extension(ExtensionElement element) {
        extensions.add(element);
    }

    /** The authors so far: Atom entries without their own inherit the feed's. */
    public List<Person> authors() {
        return List.copyOf(authors);
    }

    /** The language so far, for entries that do not state their own. */
    public String language() {
        return language;
    }

    Text title() {
        return title;
    }

    Text rights() {
        return rights;
    }

    List<Link> links() {
        return links;
    }

    List<Person> contributors() {
        return contributors;
    }

    Person publisher() {
        return publisher;
    }

    List<Category> categories() {
        return categories.list();
    }

    DateValue updated() {
        return updated;
    }

    DateValue published() {
        return published;
    }

    DateValue created() {
        return created;
    }

    InReplyTo inReplyTo() {
        return inReplyTo;
    }

    List<ExtensionElement> extensions() {
        return extensions.list();
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
