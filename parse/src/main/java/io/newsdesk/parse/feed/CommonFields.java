package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.ExtensionElement;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.InReplyTo;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Text;

/**
 * The fields a feed and an entry both have, so that extension namespaces used at both levels
 * (Dublin Core, iTunes, Atom threading) are mapped once.
 */
public interface CommonFields {

    void title(Text value);

    /** The description: an entry's summary, a feed's subtitle. */
    void description(Text value);

    /** A description from a secondary element, used when there is no other. */
    void fallbackDescription(Text value);

    void rights(Text value);

    void link(Link link);

    void author(Person person);

    void contributor(Person person);

    void publisher(Person person);

    void category(Category category);

    void updated(DateValue value);

    void published(DateValue value);

    void created(DateValue value);

    void language(String value);

    /** An image from a secondary element (iTunes): an entry's image, a feed's fallback image. */
    void secondaryImage(Image value);

    PodcastBuilder podcast();

    void inReplyTo(InReplyTo value);

    void extension(ExtensionElement element);
}
