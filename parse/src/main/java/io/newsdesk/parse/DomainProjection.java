package io.newsdesk.parse;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.Source;
import io.newsdesk.parse.date.ParsedDate;
import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.MediaRss;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Problem;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.text.Languages;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain's view of a parsed feed: {@link FeedDocument} and {@link Entry} from the detailed
 * {@link ParsedFeed} and {@link ParsedEntry}. Titles become one line of plain text, summaries and
 * content sanitized HTML, links web addresses; secondary elements stand in for missing primary
 * ones.
 */
public final class DomainProjection {

    private DomainProjection() {}

    /** The feed document, entries and problems included. */
    public static FeedDocument document(ParsedFeed parsed) {
        List<Entry> entries = new ArrayList<>(parsed.entries().size());
        for (ParsedEntry entry : parsed.entries()) {
            entries.add(entry(entry, parsed.feed(), parsed.version()));
        }
        return channel(parsed, entries);
    }

    /**
     * The feed document around the given entries (for streaming, whose entries were handed on).
     */
    public static FeedDocument channel(ParsedFeed parsed, List<Entry> entries) {
        FeedMetadata feed = parsed.feed();
        return new FeedDocument(
                parsed.version().format(),
                line(feed.title()),
                web(feed.link()),
                web(feed.selfUrl()),
                description(feed),
                Languages.normalize(feed.language()),
                icon(feed),
                ttl(feed.ttl()),
                entries,
                parsed.problems().stream().map(Problem::message).toList());
    }

    /**
     * One entry.
     *
     * @param feed what the feed says about itself (so far, when streaming): its language, and for
     *     Atom and JSON Feed the authors entries inherit
     * @param version the document's format
     */
    public static Entry entry(ParsedEntry entry, FeedMetadata feed, FeedVersion version) {
        return entry(entry, feed.authors(), feed.language(), version);
    }

    /**
     * One entry, with what it inherits from the feed given directly (for streaming, where the
     * feed is still being read).
     *
     * @param feedAuthors the feed's authors, which Atom and JSON Feed entries without their own inherit
     * @param feedLanguage the feed's language as written, for entries that state none
     * @param version the document's format
     */
    public static Entry entry(ParsedEntry entry, List<Person> feedAuthors, String feedLanguage, FeedVersion version) {
        Entry.Builder builder = Entry.builder()
                .guid(entry.id())
                .title(line(entry.title()))
                .link(link(entry))
                .summary(html(entry.summary()))
                .content(entry.content().isEmpty() ? null : html(entry.content().get(0)))
                .categories(categories(entry.categories()))
                .enclosures(enclosures(entry))
                .source(source(entry.source()))
                .teaser(false)
                .count(null)
                .language(language(entry, feedLanguage))
                .imageUrl(image(entry));
        DateValue when = firstParsed(entry.published(), entry.created(), entry.updated());
        if (when != null) {
            ParsedDate date = when.parsed();
            builder.published(date.instant(), date.precision());
        }
        if (entry.updated() != null && entry.updated().parsed() != null) {
            builder.updated(entry.updated().parsed().instant());
        }
        List<String> authors = names(entry.authors());
        builder.authors(authors.isEmpty() && inheritsAuthors(version) ? names(feedAuthors) : authors);
        return builder.build();
    }

    /** Atom and JSON Feed entries without authors have the feed's; RSS's channel people are editors. */
    private static boolean inheritsAuthors(FeedVersion version) {
        return switch (version.format()) {
            case ATOM10, ATOM03, JSONFEED10, JSONFEED11 -> true;
            case RSS20, RSS10, RSS09X -> false;
        };
    }

    private static String line(Text text) {
        return text == null ? null : text.line();
    }

    private static String html(Text text) {
        return text == null ? null : text.html();
    }

    private static String web(String url) {
        return Urls.isWeb(url) ? url : null;
    }

    private static String description(FeedMetadata feed) {
        String subtitle = feed.subtitle() == null ? null : feed.subtitle().paragraphs();
        if (subtitle != null || feed.podcast() == null || feed.podcast().summary() == null) {
            return subtitle;
        }
        return feed.podcast().summary().paragraphs();
    }

    private static String icon(FeedMetadata feed) {
        String image = feed.image() == null ? null : feed.image().url();
        for (String candidate : new String[] {feed.icon(), image, feed.logo()}) {
            if (Urls.isWeb(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Duration ttl(String minutes) {
        Long value = FieldValues.count(minutes);
        return value == null || value > Duration.ofDays(3650).toMinutes() ? null : Duration.ofMinutes(value);
    }

    private static String link(ParsedEntry entry) {
        for (Link link : entry.links()) {
            if (link.isAlternatePage() && Urls.isWeb(link.href())) {
                return link.href();
            }
        }
        return web(entry.link());
    }

    private static List<String> categories(List<Category> categories) {
        Set<String> names = new LinkedHashSet<>();
        for (Category category : categories) {
            String name = PlainText.guessLine(category.displayName());
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** Enclosure links and Media RSS objects, one per address; a repeat fills in what the first lacked. */
    private static List<Enclosure> enclosures(ParsedEntry entry) {
        Map<String, Enclosure> byUrl = new LinkedHashMap<>();
        for (Link link : entry.enclosures()) {
            add(byUrl, link.href(), link.type(), link.length());
        }
        if (entry.media() != null) {
            for (MediaRss.Content content : entry.media().contents()) {
                add(byUrl, content.url(), content.type(), content.fileSize());
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    private static void add(Map<String, Enclosure> byUrl, String url, String type, String length) {
        if (!Urls.isWeb(url)) {
            return;
        }
        Enclosure more = new Enclosure(url, type, FieldValues.count(length));
        byUrl.merge(url, more, (known, added) -> new Enclosure(known.url(),
                known.type() != null ? known.type() : added.type(),
                known.length() != null ? known.length() : added.length()));
    }

    private static Source source(FeedMetadata source) {
        if (source == null) {
            return null;
        }
        String name = line(source.title());
        String url = web(source.link()) != null ? source.link() : web(source.selfUrl());
        return name == null && url == null ? null : new Source(name, url);
    }

    private static String language(ParsedEntry entry, String feedLanguage) {
        String own = Languages.normalize(entry.language());
        if (own != null) {
            return own;
        }
        if (!entry.content().isEmpty()) {
            String content = Languages.normalize(entry.content().get(0).language());
            if (content != null) {
                return content;
            }
        }
        return Languages.normalize(feedLanguage);
    }

    private static String image(ParsedEntry entry) {
        if (entry.image() != null && Urls.isWeb(entry.image().url())) {
            return entry.image().url();
        }
        MediaRss media = entry.media();
        if (media == null) {
            return null;
        }
        for (MediaRss.Thumbnail thumbnail : media.thumbnails()) {
            if (Urls.isWeb(thumbnail.url())) {
                return thumbnail.url();
            }
        }
        for (MediaRss.Content content : media.contents()) {
            boolean isImage = "image".equals(content.medium())
                    || content.type() != null && content.type().toLowerCase(Locale.ROOT).startsWith("image/");
            if (isImage && Urls.isWeb(content.url())) {
                return content.url();
            }
        }
        return null;
    }

    private static DateValue firstParsed(DateValue... dates) {
        for (DateValue date : dates) {
            if (date != null && date.parsed() != null) {
                return date;
            }
        }
        return null;
    }

    private static List<String> names(List<Person> people) {
        Set<String> names = new LinkedHashSet<>();
        for (Person person : people) {
            String name = person.displayName();
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }
}
