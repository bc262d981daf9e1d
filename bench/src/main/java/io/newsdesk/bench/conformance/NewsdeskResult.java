package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.PyException;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.detail.Problem;
import io.newsdesk.parse.detail.Text;
import java.util.ArrayList;
import java.util.List;


/**
 * Newsdesk's detailed parse result in the shape of feedparser's result dictionary. Representation
 * only: every value comes from the {@link ParsedFeed}; what feedparser derives from what it read
 * (a summary from the content, {@code link} from the links, {@code author} from the author's
 * details, default link types) is derived here the same way, for every document alike.
 */
final class NewsdeskResult {

    private NewsdeskResult() {}

    /** The result dictionary for a parsed document. */
    static FeedParserDict of(ParsedFeed parsed) {
        FeedParserDict result = new FeedParserDict();
        boolean bozo = parsed.illFormed();
        result.put("bozo", bozo);
        if (bozo) {
            result.put("bozo_exception", exception(parsed.problems()));
        }
        result.put("encoding", EncodingNames.asFeedparser(parsed.encoding()));
        result.put("version", version(parsed.version()));
        FeedParserDict namespaces = new FeedParserDict();
        parsed.namespaces().forEach(namespaces::put);
        result.put("namespaces", namespaces);
        result.put("feed", metadata(parsed.feed()));
        List<Object> entries = new ArrayList<>();
        for (ParsedEntry entry : parsed.entries()) {
            entries.add(entry(entry));
        }
        result.put("entries", entries);
        return result;
    }

    /** feedparser's exception for the first problem that makes the document ill-formed. */
    private static PyException exception(List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.kind().illFormed()) {
                return new PyException(switch (problem.kind()) {
                    case ENCODING -> FeedparserTypes.ENCODING_OVERRIDE;
                    case CONTENT_TYPE -> FeedparserTypes.NON_XML_CONTENT_TYPE;
                    default -> FeedparserTypes.SAX_PARSE;
                }, problem.message());
            }
        }
        return null;
    }

    static String version(FeedVersion version) {
        return switch (version) {
            case RSS090 -> "rss090";
            case RSS091_NETSCAPE -> "rss091n";
            case RSS091_USERLAND -> "rss091u";
            case RSS092 -> "rss092";
            case RSS093 -> "rss093";
            case RSS094 -> "rss094";
            case RSS20 -> "rss20";
            case RSS_UNKNOWN -> "rss";
            case RSS10 -> "rss10";
            case ATOM01 -> "atom01";
            case ATOM02 -> "atom02";
            case ATOM03 -> "atom03";
            case ATOM10 -> "atom10";
            case ATOM_UNKNOWN -> "atom";
            case JSONFEED10 -> "json1";
            case JSONFEED11 -> "json11";
        };
    }

    /** The {@code feed} dictionary, or an entry's {@code source}. */
    static FeedParserDict metadata(FeedMetadata feed) {
        FeedParserDict dict = new FeedParserDict();
        CommonShapes.text(dict, "title", feed.title());
        CommonShapes.text(dict, "subtitle", feed.subtitle());
        CommonShapes.text(dict, "rights", feed.rights());
        CommonShapes.text(dict, "info", feed.info());
        dict.put("id", feed.id());
        CommonShapes.links(dict, feed.links(), feed.link());
        CommonShapes.people(dict, feed.authors(), feed.contributors(), feed.publisher());
        CommonShapes.tags(dict, feed.categories());
        CommonShapes.date(dict, "updated", feed.updated());
        CommonShapes.date(dict, "published", feed.published());
        CommonShapes.date(dict, "created", feed.created());
        CommonShapes.date(dict, "validity_start", feed.validFrom());
        CommonShapes.date(dict, "validity_end", feed.validUntil());
        if (feed.generator() != null) {
            dict.put("generator", feed.generator().name());
            dict.put("generator_detail", new FeedParserDict().put("name", feed.generator().name())
                    .put("href", feed.generator().uri()).put("version", feed.generator().version()));
        }
        dict.put("icon", feed.icon());
        dict.put("logo", feed.logo());
        dict.put("image", CommonShapes.image(feed.image()));
        if (feed.textInput() != null) {
            dict.put("textinput", new FeedParserDict().put("title", feed.textInput().title())
                    .put("description", feed.textInput().description()).put("name", feed.textInput().name())
                    .put("link", feed.textInput().link()));
        }
        if (feed.cloud() != null) {
            dict.put("cloud", new FeedParserDict().put("domain", feed.cloud().domain()).put("port", feed.cloud().port())
                    .put("path", feed.cloud().path()).put("registerprocedure", feed.cloud().registerProcedure())
                    .put("protocol", feed.cloud().protocol()));
        }
        dict.put("ttl", feed.ttl());
        dict.put("docs", feed.docs());
        dict.put("language", feed.language());
        dict.put("newlocation", feed.movedTo());
        ModuleShapes.podcast(dict, feed.podcast());
        if (feed.podcast() != null) {
            CommonShapes.text(dict, "summary", feed.podcast().summary());
        }
        ModuleShapes.inReplyTo(dict, feed.inReplyTo());
        dict.put("href", feed.selfUrl());
        ModuleShapes.extensions(dict, feed.extensions());
        return dict;
    }

    private static FeedParserDict entry(ParsedEntry entry) {
        FeedParserDict dict = new FeedParserDict();
        dict.put("id", entry.id());
        CommonShapes.text(dict, "title", entry.title());
        CommonShapes.text(dict, "summary", entry.summary());
        if (!entry.content().isEmpty()) {
            List<Object> content = new ArrayList<>();
            for (Text text : entry.content()) {
                content.add(CommonShapes.detail(text));
            }
            dict.put("content", content);
            // feedparser copies the first text or HTML content into a missing summary.
            if (entry.summary() == null) {
                CommonShapes.text(dict, "summary", entry.content().get(0));
            }
        }
        CommonShapes.text(dict, "rights", entry.rights());
        CommonShapes.links(dict, entry.links(), entry.link());
        dict.put("link", entry.link());
        if (entry.id() != null) {
            dict.put("guidislink", entry.guidIsPermalink() && entry.links().stream().noneMatch(Link::isAlternatePage));
        }
        CommonShapes.people(dict, entry.authors(), entry.contributors(), entry.publisher());
        CommonShapes.tags(dict, entry.categories());
        CommonShapes.date(dict, "published", entry.published());
        CommonShapes.date(dict, "updated", entry.updated());
        CommonShapes.date(dict, "created", entry.created());
        CommonShapes.date(dict, "expired", entry.expired());
        dict.put("comments", entry.comments());
        if (entry.source() != null) {
            dict.put("source", metadata(entry.source()));
        }
        dict.put("language", entry.language());
        dict.put("image", CommonShapes.image(entry.image()));
        ModuleShapes.podcast(dict, entry.podcast());
        if (entry.podcast() != null) {
            CommonShapes.text(dict, "subtitle", entry.podcast().subtitle());
        }
        ModuleShapes.media(dict, entry.media());
        dict.put("where", ModuleShapes.where(entry.where()));
        ModuleShapes.chapters(dict, entry.chapters());
        ModuleShapes.inReplyTo(dict, entry.inReplyTo());
        ModuleShapes.extensions(dict, entry.extensions());
        return dict;
    }

}
