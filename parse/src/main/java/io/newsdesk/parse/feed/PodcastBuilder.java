package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Podcast;
import io.newsdesk.parse.detail.Text;

/** Collects a channel's or episode's iTunes elements. */
public final class PodcastBuilder {

    private boolean stated;
    private Boolean explicit;
    private boolean explicitStated;
    private boolean block;
    private boolean blockStated;
    private String duration;
    private Text subtitle;
    private Text summary;

    /**
     * {@code itunes:explicit}: "yes", "true" and "explicit" mean explicit; "no", "false" and
     * "clean" mean not; anything else (other spellings and padding included) says nothing, as
     * Apple reads it.
     */
    public void explicit(String value) {
        stated = true;
        if (explicitStated) {
            return;
        }
        explicitStated = true;
        explicit = switch (value) {
            case "yes", "true", "explicit" -> Boolean.TRUE;
            case "no", "false", "clean" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** {@code itunes:block}: only "yes" blocks, as Apple documents it. */
    public void block(String value) {
        stated = true;
        if (!blockStated) {
            blockStated = true;
            block = value.equals("yes");
        }
    }

    public void duration(String value) {
        stated = true;
        duration = CommonFields.first(duration, value);
    }

    public void subtitle(Text value) {
        stated = true;
        subtitle = CommonFields.firstText(subtitle, value);
    }

    public void summary(Text value) {
        stated = true;
        summary = CommonFields.firstText(summary, value);
    }

    /** Notes that the feed uses the iTunes namespace, even through elements mapped elsewhere. */
    public void stated() {
        stated = true;
    }

    /** The elements read, or {@code null} when there were none. */
    Podcast build() {
        return stated ? new Podcast(explicit, block, duration, subtitle, summary, blockStated) : null;
    }
}
