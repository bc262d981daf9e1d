package io.newsdesk.e2e.browser;

import java.net.URI;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message from the browser's console, with the page it was logged on.
 *
 * @param page the URL the browser showed when the message was collected
 * @param level its severity
 * @param text what it said
 */
record ConsoleMessage(String page, Level level, String text) {

    /** How Chromium reports a sub-resource it could not load: "URL - Failed to load resource: net::…". */
    private static final Pattern FAILED_RESOURCE =
            Pattern.compile("^(\\S+) - Failed to load resource: net::ERR_NAME_NOT_RESOLVED");

    /**
     * Whether this message shows a problem of the page served from {@code server}: any error, and
     * any Content-Security-Policy report whatever its level. An image of another site that could
     * not be resolved is no problem of the page: the browser runs offline on purpose.
     */
    boolean isProblemOf(URI server) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("refused to") || lower.contains("content security policy")) {
            return true;
        }
        return level.intValue() >= Level.SEVERE.intValue() && !isOfflineResourceElsewhere(server);
    }

    private boolean isOfflineResourceElsewhere(URI server) {
        Matcher failed = FAILED_RESOURCE.matcher(text);
        if (!failed.find()) {
            return false;
        }
        try {
            return !server.getAuthority().equals(URI.create(failed.group(1)).getAuthority());
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
    }

    @Override
    public String toString() {
        return level + " on " + page + ": " + text;
    }
}
