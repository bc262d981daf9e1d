package io.newsdesk.extract.teaser;

/**
 * The text given to {@link TeaserText#parse} does not have the shape of an aggregator teaser (a
 * headline followed by body paragraphs). The message says what was missing, in words a user who
 * pasted the text can act on.
 */
public final class NotTeaserTextException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the text, for the user who supplied it */
    public NotTeaserTextException(String message) {
        super(message);
    }
}
