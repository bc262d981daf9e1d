package io.newsdesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed's full-text setting and, in {@link FullTextMode#AUTO}, what Newsdesk decided from the
 * feed's entries.
 *
 * @param mode the setting
 * @param autoDecision whether {@code auto} fetches the feed's pages; {@code null} until decided
 * @param autoReason why {@code auto} decided so, in words; {@code null} until decided
 * @param decidedAt when {@code auto} decided, or {@code null}
 */
public record FullTextSetting(FullTextMode mode, Boolean autoDecision, String autoReason, Instant decidedAt) {

    /** The setting of a feed nobody changed and Newsdesk has not decided about yet. */
    public static final FullTextSetting UNDECIDED = new FullTextSetting(FullTextMode.AUTO, null, null, null);

    public FullTextSetting {
        Objects.requireNonNull(mode, "mode");
    }

    /** Whether the pages of the feed's new entries are fetched. */
    public boolean fetches() {
        return switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> Boolean.TRUE.equals(autoDecision);
        };
    }
}
