package io.newsdesk.web.ui;

import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextSetting;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A feed's full-text setting as the feeds page shows it: a choice of three, and in words what it
 * does now.
 *
 * @param mode the setting: {@code auto}, {@code on} or {@code off}
 * @param fetching whether the pages of the feed's new entries are fetched now
 * @param autoDecided whether {@code auto} has decided yet
 * @param reason why {@code auto} decided as it did, or {@code null}
 */
public record FullTextChoice(String mode, boolean fetching, boolean autoDecided, String reason) {

    /** One option of the choice. */
    public record Option(String value, String label, boolean selected) {}

    public FullTextChoice {
        Objects.requireNonNull(mode, "mode");
    }

    static FullTextChoice of(FullTextSetting setting) {
        return new FullTextChoice(setting.mode().code(), setting.fetches(), setting.autoDecision() != null,
                EntryDisplay.blankToNull(setting.autoReason()));
    }

    /** The options in the order offered: automatic, always, never. */
    public List<Option> options() {
        return Arrays.stream(FullTextMode.values())
                .map(option -> new Option(option.code(), label(option), option.code().equals(mode)))
                .toList();
    }

    /** What the setting does now, in a sentence. */
    public String summary() {
        return switch (mode) {
            case "on" -> "Newsdesk fetches the full article of every new entry.";
            case "off" -> "Newsdesk shows the entries as the feed gives them.";
            default -> !autoDecided
                    ? "Newsdesk will decide from the feed's entries whether to fetch full articles."
                    : (fetching ? "Fetching full articles: " : "Not fetching full articles: ")
                            + (reason == null ? "decided from the feed's entries." : reason + ".");
        };
    }

    private static String label(FullTextMode option) {
        return switch (option) {
            case AUTO -> "Automatic";
            case ON -> "Always fetch";
            case OFF -> "Never fetch";
        };
    }
}
