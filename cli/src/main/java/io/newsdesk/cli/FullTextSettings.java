package io.newsdesk.cli;

import io.newsdesk.store.FullTextSetting;

/** A feed's full-text setting in words, for the terminal. */
final class FullTextSettings {

    private FullTextSettings() {}

    /** "on", "off", "auto: fetching (9 of the 10 latest entries are teasers)", "auto: not decided yet". */
    static String describe(FullTextSetting setting) {
        return switch (setting.mode()) {
            case ON -> "on (the full article of every new entry is fetched)";
            case OFF -> "off";
            case AUTO -> setting.autoDecision() == null
                    ? "auto (not decided yet: Newsdesk looks at the feed's entries)"
                    : "auto: " + (setting.fetches() ? "fetching" : "not fetching")
                            + (setting.autoReason() == null ? "" : " (" + setting.autoReason() + ")");
        };
    }
}
