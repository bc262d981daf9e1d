package io.newsdesk.bench.conformance;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextType;
import java.util.ArrayList;
import java.util.List;

/** The parts of feedparser's result that feeds and entries share: texts with their details, links, people, tags, dates, images. */
final class CommonShapes {

    private CommonShapes() {}

    static void text(FeedParserDict dict, String key, Text text) {
        if (text == null) {
            return;
        }
        FeedParserDict detail = detail(text);
        dict.put(key, detail.own("value"));
        dict.put(key + "_detail", detail);
    }

    static FeedParserDict detail(Text text) {
        String value = text.type().isMarkup() ? FeedparserHtml.style(text.value()) : text.value();
        FeedParserDict detail = new FeedParserDict()
                .put("type", textType(text.type()))
                .putNone("language", text.language())
                .putNone("base", text.base() == null ? "" : text.base())
                .put("value", value);
        if (text.src() != null) {
            detail.put("src", text.src());
        }
        return detail;
    }

    static String textType(TextType type) {
        return switch (type) {
            case TEXT -> "text/plain";
            case HTML -> "text/html";
            case XHTML -> "application/xhtml+xml";
        };
    }

    static void links(FeedParserDict dict, List<Link> links, String link) {
        if (links.isEmpty()) {
            return;
        }
        List<Object> list = new ArrayList<>();
        for (Link each : links) {
            list.add(linkDict(each));
        }
        dict.put("links", list);
        dict.put("link", link);
    }

    /** feedparser gives Atom-style links a default type: Atom's for {@code self}, HTML for the rest. */
    static FeedParserDict linkDict(Link link) {
        String type = link.type();
        if (type == null && !link.rel().equals("enclosure")) {
            type = link.rel().equals("self") ? "application/atom+xml" : "text/html";
        }
        return new FeedParserDict().put("rel", link.rel()).put("type", type).put("href", link.href())
                .put("title", link.title()).put("length", link.length()).put("hreflang", link.hreflang());
    }

    static void people(FeedParserDict dict, List<Person> authors, List<Person> contributors, Person publisher) {
        if (!authors.isEmpty()) {
            List<Object> list = new ArrayList<>();
            authors.forEach(person -> list.add(person(person)));
            dict.put("authors", list);
            dict.put("author_detail", person(authors.get(0)));
            dict.put("author", personLine(authors.get(0)));
        }
        if (!contributors.isEmpty()) {
            List<Object> list = new ArrayList<>();
            contributors.forEach(person -> list.add(person(person)));
            dict.put("contributors", list);
        }
        if (publisher != null) {
            dict.put("publisher_detail", person(publisher));
            dict.put("publisher", personLine(publisher));
        }
    }

    static FeedParserDict person(Person person) {
        return new FeedParserDict().put("name", person.name()).put("email", person.email()).put("href", person.uri());
    }

    /** feedparser's one-line form: "name (email)", or whichever of the two there is. */
    static String personLine(Person person) {
        if (person.name() != null && person.email() != null) {
            return person.name() + " (" + person.email() + ")";
        }
        return person.name() != null ? person.name() : person.email();
    }

    static void tags(FeedParserDict dict, List<Category> categories) {
        if (categories.isEmpty()) {
            return;
        }
        List<Object> tags = new ArrayList<>();
        for (Category category : categories) {
            tags.add(new FeedParserDict().putNone("term", category.term()).putNone("scheme", category.scheme())
                    .putNone("label", category.label()));
        }
        dict.put("tags", tags);
    }

    static void date(FeedParserDict dict, String key, DateValue date) {
        if (date == null) {
            return;
        }
        dict.put(key, date.text());
        if (date.parsed() != null) {
            dict.put(key + "_parsed", StructTime.of(date.parsed().instant()));
        }
    }

    static FeedParserDict image(Image image) {
        if (image == null) {
            return null;
        }
        return new FeedParserDict().put("href", image.url()).put("title", image.title()).put("link", image.link())
                .put("width", number(image.width())).put("height", number(image.height()))
                .put("description", image.description());
    }

    /** feedparser reads image sizes as integers, 0 when they are not numbers. */
    private static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
