package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.PyTuple;
import io.newsdesk.parse.detail.Chapters;
import io.newsdesk.parse.detail.ExtensionElement;
import io.newsdesk.parse.detail.GeoShape;
import io.newsdesk.parse.detail.InReplyTo;
import io.newsdesk.parse.detail.MediaRss;
import io.newsdesk.parse.detail.Podcast;
import java.util.ArrayList;
import java.util.List;

/** The extension modules in feedparser's result: iTunes, Media RSS, GeoRSS as GeoJSON, Podlove chapters, Atom threading, unread elements. */
final class ModuleShapes {

    private ModuleShapes() {}

    static void podcast(FeedParserDict dict, Podcast podcast) {
        if (podcast == null) {
            return;
        }
        if (podcast.blockStated()) {
            dict.put("itunes_block", podcast.block() ? 1L : 0L);
        }
        dict.putNone("itunes_explicit", podcast.explicit());
        dict.put("itunes_duration", podcast.duration());
    }

    static void media(FeedParserDict dict, MediaRss media) {
        if (media == null) {
            return;
        }
        if (!media.contents().isEmpty()) {
            List<Object> contents = new ArrayList<>();
            for (MediaRss.Content content : media.contents()) {
                contents.add(new FeedParserDict().put("url", content.url()).put("type", content.type())
                        .put("medium", content.medium()).put("filesize", content.fileSize())
                        .put("duration", content.duration()).put("width", content.width())
                        .put("height", content.height()));
            }
            dict.put("media_content", contents);
        }
        if (!media.thumbnails().isEmpty()) {
            List<Object> thumbnails = new ArrayList<>();
            for (MediaRss.Thumbnail thumbnail : media.thumbnails()) {
                thumbnails.add(new FeedParserDict().put("url", thumbnail.url()).put("width", thumbnail.width())
                        .put("height", thumbnail.height()).put("time", thumbnail.time()));
            }
            dict.put("media_thumbnail", thumbnails);
        }
        if (!media.credits().isEmpty()) {
            List<Object> credits = new ArrayList<>();
            for (MediaRss.Credit credit : media.credits()) {
                credits.add(new FeedParserDict().put("role", credit.role()).put("scheme", credit.scheme())
                        .put("content", credit.name()));
            }
            dict.put("media_credit", credits);
        }
        if (media.restriction() != null) {
            dict.put("media_restriction", new FeedParserDict().put("relationship", media.restriction().relationship())
                    .put("type", media.restriction().type()).put("content", new ArrayList<Object>(media.restriction().values())));
        }
        if (media.license() != null) {
            dict.put("media_license", new FeedParserDict().put("type", media.license().type())
                    .put("href", media.license().href()).put("content", media.license().name()));
        }
        if (media.rating() != null) {
            dict.put("media_rating", new FeedParserDict().put("scheme", media.rating().scheme())
                    .put("content", media.rating().value()));
        }
        if (media.player() != null) {
            dict.put("media_player", new FeedParserDict().put("url", media.player().url())
                    .put("width", media.player().width()).put("height", media.player().height()));
        }
    }

    /** GeoJSON, as feedparser gives {@code where}: longitude first for geographic coordinates. */
    static FeedParserDict where(GeoShape shape) {
        if (shape == null) {
            return null;
        }
        FeedParserDict where = new FeedParserDict();
        if (shape.isEmpty()) {
            return where;
        }
        List<Object> positions = new ArrayList<>();
        for (double[] position : shape.positions()) {
            positions.add(position(position, shape.geographic()));
        }
        switch (shape.kind()) {
            case POINT -> where.put("type", "Point").put("coordinates", positions.get(0));
            case LINE -> where.put("type", "LineString").put("coordinates", positions);
            case POLYGON -> where.put("type", "Polygon").put("coordinates", List.of(positions));
            case BOX -> where.put("type", "Box").put("coordinates", positions);
        }
        return where;
    }

    private static PyTuple position(double[] position, boolean geographic) {
        List<Object> axes = new ArrayList<>();
        if (geographic) {
            axes.add(position[1]);
            axes.add(position[0]);
        } else {
            axes.add(position[0]);
            axes.add(position[1]);
        }
        for (int i = 2; i < position.length; i++) {
            axes.add(position[i]);
        }
        return new PyTuple(axes);
    }

    static void chapters(FeedParserDict dict, Chapters chapters) {
        if (chapters == null) {
            return;
        }
        List<Object> list = new ArrayList<>();
        for (Chapters.Chapter chapter : chapters.chapters()) {
            list.add(new FeedParserDict().put("start", chapter.start()).put("start_parsed", chapter.startOffset())
                    .put("title", chapter.title()).put("href", chapter.href()).put("image", chapter.image()));
        }
        dict.put("psc_chapters", new FeedParserDict().put("version", chapters.version()).put("chapters", list));
    }

    static void inReplyTo(FeedParserDict dict, InReplyTo inReplyTo) {
        if (inReplyTo != null) {
            dict.put("thr_in-reply-to", new FeedParserDict().put("ref", inReplyTo.ref()).put("href", inReplyTo.href())
                    .put("type", inReplyTo.type()).put("source", inReplyTo.source()));
        }
    }

    /** Elements no mapping reads; of several with the same key, the first wins. */
    static void extensions(FeedParserDict dict, List<ExtensionElement> extensions) {
        for (ExtensionElement element : extensions) {
            String key = ExtensionKeys.key(element.namespace(), element.prefix(), element.localName());
            if (!dict.hasOwn(key)) {
                dict.put(key, element.value());
            }
        }
    }
}
