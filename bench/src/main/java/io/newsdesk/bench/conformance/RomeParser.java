package io.newsdesk.bench.conformance;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Cloud;
import com.rometools.rome.feed.rss.TextInput;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndImage;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.text.PersonNames;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Rome 2.1.0, used as its documentation shows ({@code SyndFeedInput} over an {@code XmlReader}
 * given the HTTP content type, lenient), mapped to feedparser's result shape. Rome keeps no text
 * as written for dates, no ill-formedness flag and no HTML sanitizing; what it does not provide is
 * left out of the result, so expectations reading it fail.
 */
final class RomeParser implements ParserUnderTest {

    @Override
    public String name() {
        return "Rome";
    }

    @Override
    public FeedParserDict parse(ConformanceCase testCase, ServedDocument served) {
        FeedParserDict result;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(testCase.body()), served.contentType(), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            SyndFeed feed = input.build(reader);
            result = result(feed, reader.getEncoding());
        } catch (Exception | StackOverflowError e) {
            // Rome reports a document it cannot read by throwing; that is its "bozo".
            result = ParserUnderTest.refused(String.valueOf(e.getMessage()));
        }
        served.addTo(result);
        return result;
    }

    private static FeedParserDict result(SyndFeed feed, String encoding) {
        FeedParserDict result = new FeedParserDict()
                .put("bozo", false)
                .put("encoding", encoding == null ? null : encoding.toLowerCase(Locale.ROOT))
                .put("version", version(feed.getFeedType()))
                .put("namespaces", new FeedParserDict());
        FeedParserDict dict = new FeedParserDict();
        text(dict, "title", feed.getTitleEx(), feed.getTitle());
        text(dict, "subtitle", feed.getDescriptionEx(), feed.getDescription());
        dict.put("rights", feed.getCopyright());
        dict.put("id", feed.getUri());
        links(dict, feed.getLinks(), feed.getLink());
        people(dict, feed.getAuthors(), feed.getAuthor() != null ? feed.getAuthor() : feed.getManagingEditor(),
                feed.getContributors());
        personLine(dict, "publisher", feed.getWebMaster());
        dublinCore(dict, (DCModule) feed.getModule(DCModule.URI));
        tags(dict, feed.getCategories());
        date(dict, "published", feed.getPublishedDate());
        dict.put("language", feed.getLanguage());
        dict.put("generator", feed.getGenerator());
        dict.put("docs", feed.getDocs());
        SyndImage image = feed.getImage();
        if (image != null) {
            dict.put("image", new FeedParserDict().put("href", image.getUrl()).put("title", image.getTitle())
                    .put("link", image.getLink()).put("description", image.getDescription())
                    .put("width", image.getWidth() == null ? null : image.getWidth().longValue())
                    .put("height", image.getHeight() == null ? null : image.getHeight().longValue()));
        }
        if (feed.getIcon() != null) {
            dict.put("icon", feed.getIcon().getUrl());
        }
        if (feed.originalWireFeed() instanceof Channel channel) {
            channel(dict, channel);
        }
        result.put("feed", dict);
        List<Object> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry));
        }
        result.put("entries", entries);
        return result;
    }

    private static FeedParserDict entry(SyndEntry entry) {
        FeedParserDict dict = new FeedParserDict();
        dict.put("id", entry.getUri());
        text(dict, "title", entry.getTitleEx(), entry.getTitle());
        text(dict, "summary", entry.getDescription(), null);
        if (!entry.getContents().isEmpty()) {
            List<Object> content = new ArrayList<>();
            for (SyndContent each : entry.getContents()) {
                content.add(detail(each));
            }
            dict.put("content", content);
            if (entry.getDescription() == null) {
                text(dict, "summary", entry.getContents().get(0), null);
            }
        }
        List<SyndLink> links = new ArrayList<>(entry.getLinks());
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            SyndLink link = new SyndLinkImpl();
            link.setRel("enclosure");
            link.setHref(enclosure.getUrl());
            link.setType(enclosure.getType());
            link.setLength(enclosure.getLength());
            links.add(link);
        }
        links(dict, links, entry.getLink());
        people(dict, entry.getAuthors(), entry.getAuthor(), entry.getContributors());
        tags(dict, entry.getCategories());
        date(dict, "published", entry.getPublishedDate());
        date(dict, "updated", entry.getUpdatedDate());
        dict.put("comments", entry.getComments());
        if (entry.getSource() != null) {
            FeedParserDict source = new FeedParserDict();
            text(source, "title", entry.getSource().getTitleEx(), entry.getSource().getTitle());
            links(source, entry.getSource().getLinks(), entry.getSource().getLink());
            source.put("id", entry.getSource().getUri());
            dict.put("source", source);
        }
        return dict;
    }

    /** What only Rome's RSS model keeps: the cloud, the ttl, the text input. */
    private static void channel(FeedParserDict dict, Channel channel) {
        Cloud cloud = channel.getCloud();
        if (cloud != null) {
            dict.put("cloud", new FeedParserDict().put("domain", cloud.getDomain())
                    .put("port", cloud.getPort() > 0 ? Integer.toString(cloud.getPort()) : null)
                    .put("path", cloud.getPath()).put("registerprocedure", cloud.getRegisterProcedure())
                    .put("protocol", cloud.getProtocol()));
        }
        if (channel.getTtl() > 0) {
            dict.put("ttl", Integer.toString(channel.getTtl()));
        }
        TextInput textInput = channel.getTextInput();
        if (textInput != null) {
            dict.put("textinput", new FeedParserDict().put("title", textInput.getTitle())
                    .put("description", textInput.getDescription()).put("name", textInput.getName())
                    .put("link", textInput.getLink()));
        }
        date(dict, "updated", channel.getLastBuildDate());
    }

    /** Dublin Core elements Rome keeps in its module and does not map onto the feed. */
    private static void dublinCore(FeedParserDict dict, DCModule dc) {
        if (dc == null) {
            return;
        }
        if (!dc.getContributors().isEmpty()) {
            List<Object> contributors = new ArrayList<>();
            dc.getContributors().forEach(name -> contributors.add(personDict(name)));
            dict.put("contributors", contributors);
        }
        if (!dict.hasOwn("publisher")) {
            personLine(dict, "publisher", dc.getPublisher());
        }
        if (!dict.hasOwn("rights")) {
            dict.put("rights", dc.getRights());
        }
    }

    /** A person given as one line ("Name (email)"), with the details feedparser reads from it. */
    private static void personLine(FeedParserDict dict, String key, String line) {
        if (line != null && !line.isBlank()) {
            dict.put(key, line.strip());
            dict.put(key + "_detail", personDict(line));
        }
    }

    private static FeedParserDict personDict(String line) {
        Person person = PersonNames.parse(line);
        return person == null ? new FeedParserDict() : new FeedParserDict().put("name", person.name()).put("email", person.email());
    }

    private static String version(String feedType) {
        if (feedType == null) {
            return "";
        }
        return switch (feedType) {
            case "rss_0.9" -> "rss090";
            case "rss_0.91N" -> "rss091n";
            case "rss_0.91U" -> "rss091u";
            case "rss_0.92" -> "rss092";
            case "rss_0.93" -> "rss093";
            case "rss_0.94" -> "rss094";
            case "rss_1.0" -> "rss10";
            case "rss_2.0" -> "rss20";
            case "atom_0.3" -> "atom03";
            case "atom_1.0" -> "atom10";
            default -> feedType;
        };
    }

    private static void text(FeedParserDict dict, String key, SyndContent content, String fallback) {
        if (content != null && content.getValue() != null) {
            FeedParserDict detail = detail(content);
            dict.put(key, detail.own("value"));
            dict.put(key + "_detail", detail);
        } else if (fallback != null) {
            dict.put(key, fallback);
        }
    }

    /** Rome's content types are Atom's words or MIME types; feedparser's are MIME types. */
    private static FeedParserDict detail(SyndContent content) {
        String type = content.getType();
        String mime = type == null ? "text/plain" : switch (type) {
            case "text" -> "text/plain";
            case "html" -> "text/html";
            case "xhtml" -> "application/xhtml+xml";
            default -> type;
        };
        return new FeedParserDict().put("type", mime).putNone("language", null).putNone("base", "")
                .put("value", content.getValue() == null ? null : content.getValue().strip());
    }

    private static void links(FeedParserDict dict, List<SyndLink> links, String link) {
        List<Object> list = new ArrayList<>();
        for (SyndLink each : links) {
            String rel = each.getRel() == null ? "alternate" : each.getRel();
            String type = each.getType();
            if (type == null && !rel.equals("enclosure")) {
                type = rel.equals("self") ? "application/atom+xml" : "text/html";
            }
            list.add(new FeedParserDict().put("rel", rel).put("type", type).put("href", each.getHref())
                    .put("title", each.getTitle()).put("length", each.getLength() > 0 ? Long.toString(each.getLength()) : null)
                    .put("hreflang", each.getHreflang()));
        }
        if (!list.isEmpty()) {
            dict.put("links", list);
        }
        dict.put("link", link);
    }

    private static void people(FeedParserDict dict, List<SyndPerson> authors, String author, List<SyndPerson> contributors) {
        if (!authors.isEmpty()) {
            List<Object> list = new ArrayList<>();
            authors.forEach(person -> list.add(person(person)));
            dict.put("authors", list);
            dict.put("author_detail", person(authors.get(0)));
            dict.put("author", author);
        } else {
            personLine(dict, "author", author);
        }
        if (!contributors.isEmpty()) {
            List<Object> list = new ArrayList<>();
            contributors.forEach(person -> list.add(person(person)));
            dict.put("contributors", list);
        }
    }

    private static FeedParserDict person(SyndPerson person) {
        return new FeedParserDict().put("name", person.getName()).put("email", person.getEmail()).put("href", person.getUri());
    }

    private static void tags(FeedParserDict dict, List<SyndCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        List<Object> tags = new ArrayList<>();
        for (SyndCategory category : categories) {
            tags.add(new FeedParserDict().putNone("term", category.getName()).putNone("scheme", category.getTaxonomyUri())
                    .putNone("label", null));
        }
        dict.put("tags", tags);
    }

    private static void date(FeedParserDict dict, String key, Date date) {
        if (date != null) {
            dict.put(key + "_parsed", StructTime.of(date.toInstant()));
        }
    }
}
