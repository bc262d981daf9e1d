package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Cloud;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.Generator;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextInput;

/**
 * Collects what a feed (or an entry's source) says about itself. Single values keep the first one
 * offered, so readers offer the preferred element first; fallbacks that may come earlier in the
 * document than the preferred element have their own slots.
 */
public final class MetadataBuilder extends CommonFields {

    private Text subtitle;
    private Text fallbackSubtitle;
    private Text info;
    private String id;
    private DateValue validFrom;
    private DateValue validUntil;
    private Generator generator;
    private String icon;
    private String logo;
    private Image image;
    private Image fallbackImage;
    private TextInput textInput;
    private Cloud cloud;
    private String ttl;
    private String docs;
    private String movedTo;

    public void subtitle(Text value) {
        subtitle = firstText(subtitle, value);
    }

    /** A description from a secondary element (iTunes subtitle), used when there is no other. */
    public void fallbackSubtitle(Text value) {
        fallbackSubtitle = firstText(fallbackSubtitle, value);
    }

    @Override
    public void description(Text value) {
        subtitle(value);
    }

    @Override
    public void fallbackDescription(Text value) {
        fallbackSubtitle(value);
    }

    @Override
    public void secondaryImage(Image value) {
        fallbackImage(value);
    }

    public void info(Text value) {
        info = firstText(info, value);
    }

    public void id(String value) {
        id = first(id, value);
    }

    /** Dublin Core's validity period. */
    public void validity(DateValue from, DateValue until) {
        validFrom = first(validFrom, from);
        validUntil = first(validUntil, until);
    }

    public void generator(Generator value) {
        generator = first(generator, value);
    }

    public void icon(String value) {
        icon = first(icon, value);
    }

    public void logo(String value) {
        logo = first(logo, value);
    }

    public void image(Image value) {
        image = first(image, value);
    }

    /** An image from a secondary element (iTunes), used when there is no RSS image. */
    public void fallbackImage(Image value) {
        fallbackImage = first(fallbackImage, value);
    }

    public void textInput(TextInput value) {
        textInput = first(textInput, value);
    }

    public void cloud(Cloud value) {
        cloud = first(cloud, value);
    }

    public void ttl(String value) {
        ttl = first(ttl, value);
    }

    public void docs(String value) {
        docs = first(docs, value);
    }

    /** The address the feed moved to. */
    public void movedTo(String value) {
        movedTo = first(movedTo, value);
    }

    /** The metadata as read. */
    public FeedMetadata build() {
        return new FeedMetadata(title(), firstText(subtitle, fallbackSubtitle), rights(), info, id, links(), authors(),
                contributors(), publisher(), categories(), updated(), published(), created(), validFrom, validUntil,
                generator, icon, logo, first(image, fallbackImage), textInput, cloud, ttl, docs, language(),
                movedTo, podcast().build(), inReplyTo(), extensions());
    }
}
