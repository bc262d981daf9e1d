package io.newsdesk.parse.detail;

import java.util.List;

/**
 * One entry (item) as the feed states it, with everything Newsdesk reads from it.
 *
 * <p>Every field is optional: {@code null}, {@code false} or an empty list.
 *
 * @param id the identifier (RSS {@code guid}, Atom {@code id}, RDF {@code rdf:about}, JSON Feed {@code id})
 * @param guidIsPermalink {@code true} when the id is an RSS guid that is also the entry's address
 * @param title the title
 * @param summary the summary or description
 * @param content the full content, one per {@code content} element (Atom allows alternatives)
 * @param rights the copyright statement
 * @param links every link in document order, enclosures included ({@code rel="enclosure"})
 * @param authors the authors
 * @param contributors the contributors
 * @param publisher the publisher
 * @param categories the categories and tags
 * @param published when it was published
 * @param updated when it last changed
 * @param created when it was created
 * @param expired when it stops being current
 * @param comments the address of the page with comments on it (RSS {@code comments})
 * @param source the feed it was copied from
 * @param language the entry's language: its {@code xml:lang} or Dublin Core language, as written
 * @param image its image (iTunes, JSON Feed)
 * @param podcast the iTunes episode elements, or {@code null} when there are none
 * @param media the Media RSS elements, or {@code null} when there are none
 * @param where the place it is about (GeoRSS)
 * @param chapters the episode's chapters (Podlove Simple Chapters)
 * @param inReplyTo what it answers (Atom threading)
 * @param extensions elements no mapping reads, in document order
 */
public record ParsedEntry(
        String id,
        boolean guidIsPermalink,
        Text title,
        Text summary,
        List<Text> content,
        Text rights,
        List<Link> links,
        List<Person> authors,
        List<Person> contributors,
        Person publisher,
        List<Category> categories,
        DateValue published,
        DateValue updated,
        DateValue created,
        DateValue expired,
        String comments,
        FeedMetadata source,
        String language,
        Image image,
        Podcast podcast,
        MediaRss media,
        GeoShape where,
        Chapters chapters,
        InReplyTo inReplyTo,
        List<ExtensionElement> extensions) {

    public ParsedEntry {
        content = List.copyOf(content);
        links = List.copyOf(links);
        authors = List.copyOf(authors);
        contributors = List.copyOf(contributors);
        categories = List.copyOf(categories);
        extensions = List.copyOf(extensions);
    }

    /**
     * The entry's address: the first alternate link to a web page, else the guid when it is a
     * permalink; {@code null} when there is neither.
     */
    public String link() {
        String alternate = Links.alternatePage(links);
        return alternate != null ? alternate : guidIsPermalink ? id : null;
    }

    /** The attached media files: links with {@code rel="enclosure"} that have an address. */
    public List<Link> enclosures() {
        return links.stream().filter(link -> link.rel().equals("enclosure") && !link.href().isEmpty()).toList();
    }
}
