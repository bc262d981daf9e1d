package io.newsdesk.parse.detail;

import java.util.List;

/**
 * What a feed says about itself (RSS's channel, Atom's feed, JSON Feed's top level), and what an
 * entry's {@code source} says about the feed it was copied from.
 *
 * <p>Every field is optional: {@code null}, or an empty list.
 *
 * @param title the title
 * @param subtitle the description or subtitle (RSS {@code description}, Atom {@code subtitle})
 * @param rights the copyright statement
 * @param info Atom 0.3's {@code info}: what the feed document is, for people who open it
 * @param id the feed's identifier (Atom {@code id})
 * @param links every link, in document order (the site, the feed itself, hubs, …)
 * @param authors the authors (Atom {@code author}, RSS {@code managingEditor}, …)
 * @param contributors the contributors
 * @param publisher the publisher (Dublin Core, RSS {@code webMaster}, the podcast's owner)
 * @param categories the categories, tags and podcast categories
 * @param updated when the feed last changed
 * @param published when it was published
 * @param created when it was created
 * @param validFrom when its content becomes valid (Dublin Core {@code valid})
 * @param validUntil when its content stops being valid
 * @param generator the software that wrote it
 * @param icon a small square image (Atom {@code icon})
 * @param logo a larger image (Atom {@code logo})
 * @param image RSS's {@code image} or the podcast's artwork
 * @param textInput RSS's {@code textInput}
 * @param cloud RSS's {@code cloud}
 * @param ttl RSS's {@code ttl}, minutes as written
 * @param docs the URL of the format's documentation the feed points to
 * @param language the language (a tag as written, trimmed)
 * @param movedTo the address the feed says it moved to (RSS {@code redirect/newLocation}, iTunes
 *     {@code new-feed-url})
 * @param podcast the iTunes podcast elements, or {@code null} when there are none
 * @param inReplyTo what the feed answers (Atom threading)
 * @param extensions elements no mapping reads, in document order
 */
public record FeedMetadata(
        Text title,
        Text subtitle,
        Text rights,
        Text info,
        String id,
        List<Link> links,
        List<Person> authors,
        List<Person> contributors,
        Person publisher,
        List<Category> categories,
        DateValue updated,
        DateValue published,
        DateValue created,
        DateValue validFrom,
        DateValue validUntil,
        Generator generator,
        String icon,
        String logo,
        Image image,
        TextInput textInput,
        Cloud cloud,
        String ttl,
        String docs,
        String language,
        String movedTo,
        Podcast podcast,
        InReplyTo inReplyTo,
        List<ExtensionElement> extensions) {

    public FeedMetadata {
        links = List.copyOf(links);
        authors = List.copyOf(authors);
        contributors = List.copyOf(contributors);
        categories = List.copyOf(categories);
        extensions = List.copyOf(extensions);
    }

    /** The site the feed belongs to: the first alternate link to a web page, or {@code null}. */
    public String link() {
        return Links.alternatePage(links);
    }

    /** The feed's own address as the document states it ({@code rel="self"}), or {@code null}. */
    public String selfUrl() {
        return Links.withRel(links, "self");
    }
}
