package io.newsdesk.web.ui;

import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextStatus;
import java.net.URI;
import java.util.Objects;

/**
 * Where the full text of an entry stands, as the article page tells it; the article itself, when
 * fetched, is the page's body.
 *
 * @param state fetched, still coming, or failed for good
 * @param sourceName where the article comes from: the site's name, else the page's host
 * @param pageUrl the page it was read from (http or https only), or {@code null}
 * @param fetched when it was fetched, or {@code null}
 * @param error why the last attempt failed, in words, or {@code null}
 * @param nextAttempt when Newsdesk tries again, or {@code null}
 */
public record FullTextView(
        State state, String sourceName, String pageUrl, Timestamp fetched, String error, Timestamp nextAttempt) {

    /** Where an entry's full text stands, for the reader. */
    public enum State {
        /** The article was fetched and is shown. */
        FETCHED,
        /** It is being fetched, or will be tried again. */
        COMING,
        /** Newsdesk gave up; the entry shows its teaser. */
        FAILED
    }

    public FullTextView {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sourceName, "sourceName");
    }

    /** The view of an entry's full text; {@code null} for none. */
    static FullTextView of(FullText text, TimeContext time) {
        if (text == null) {
            return null;
        }
        String pageUrl = SafeUrl.httpOrNull(text.finalUrl() != null ? text.finalUrl() : text.pageUrl());
        State state = switch (text.status()) {
            case FETCHED -> text.html() == null ? State.FAILED : State.FETCHED;
            case PENDING, RETRYING -> State.COMING;
            case FAILED -> State.FAILED;
        };
        String error = EntryDisplay.blankToNull(text.error());
        if (state == State.FAILED && error == null) {
            error = "the page gave no article";
        }
        return new FullTextView(
                state,
                source(text.siteName(), pageUrl),
                pageUrl,
                time.stamp(text.fetchedAt(), null),
                error,
                text.status() == FullTextStatus.RETRYING ? time.stamp(text.nextAttemptAt(), null) : null);
    }

    public boolean isFetched() {
        return state == State.FETCHED;
    }

    public boolean isComing() {
        return state == State.COMING;
    }

    public boolean isFailed() {
        return state == State.FAILED;
    }

    private static String source(String siteName, String pageUrl) {
        String name = EntryDisplay.blankToNull(siteName);
        if (name != null) {
            return name;
        }
        if (pageUrl != null) {
            String host = URI.create(pageUrl).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        }
        return "the publisher's site";
    }
}
