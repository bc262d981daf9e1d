package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.MediaRss;
import java.util.ArrayList;
import java.util.List;

/** Collects an entry's Media RSS elements. */
public final class MediaBuilder {

    private final List<MediaRss.Content> contents = new ArrayList<>();
    private final List<MediaRss.Thumbnail> thumbnails = new ArrayList<>();
    private final List<MediaRss.Credit> credits = new ArrayList<>();
    private MediaRss.Restriction restriction;
    private MediaRss.License license;
    private MediaRss.Rating rating;
    private MediaRss.Player player;

    public void content(MediaRss.Content content) {
        contents.add(content);
    }

    public void thumbnail(MediaRss.Thumbnail thumbnail) {
        thumbnails.add(thumbnail);
    }

    public void credit(MediaRss.Credit credit) {
        credits.add(credit);
    }

    public void restriction(MediaRss.Restriction value) {
        restriction = CommonFields.first(restriction, value);
    }

    public void license(MediaRss.License value) {
        license = CommonFields.first(license, value);
    }

    public void rating(MediaRss.Rating value) {
        rating = CommonFields.first(rating, value);
    }

    public void player(MediaRss.Player value) {
        player = CommonFields.first(player, value);
    }

    /** The elements read, or {@code null} when there were none. */
    MediaRss build() {
        MediaRss media = new MediaRss(contents, thumbnails, credits, restriction, license, rating, player);
        return media.isEmpty() ? null : media;
    }
}
