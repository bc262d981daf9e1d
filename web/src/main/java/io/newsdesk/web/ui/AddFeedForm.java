package io.newsdesk.web.ui;

/**
 * The "Add feed" form's values: empty on first view, the reader's input with an error message
 * after a failed attempt.
 *
 * @param url the URL the reader entered, or {@code null}
 * @param category the category the reader entered, or {@code null}
 * @param error why the feed could not be added, in words the reader can act on, or {@code null}
 */
public record AddFeedForm(String url, String category, String error) {

    /** The empty form. */
    public static AddFeedForm empty() {
        return new AddFeedForm(null, null, null);
    }

    /** The form filled with a failed attempt's input and the reason it failed. */
    public static AddFeedForm rejected(String url, String category, String error) {
        return new AddFeedForm(url, category, error);
    }

    /** Whether the last attempt failed, so the form shows {@link #error()} beside the URL. */
    public boolean hasError() {
        return error != null && !error.isBlank();
    }
}
