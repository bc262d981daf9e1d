package io.newsdesk.web.ui;

import java.util.Objects;

/**
 * A page that says what went wrong and leads back home.
 *
 * @param layout the shared frame
 * @param status the HTTP status code
 * @param heading a short name for the problem ("Page not found")
 * @param message what happened and what the reader can do, plain text
 */
public record ErrorPage(Layout layout, int status, String heading, String message) {

    public ErrorPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The page for {@code status}, headed by the status's usual name.
     *
     * @param message what happened, or {@code null} for the status's generic explanation
     */
    public static ErrorPage of(Layout layout, int status, String message) {
        String text = message == null || message.isBlank() ? explanation(status) : message;
        return new ErrorPage(layout, status, heading(status), text);
    }

    static String heading(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Sign-in required";
            case 403 -> "Not allowed";
            case 404 -> "Page not found";
            case 405 -> "Method not allowed";
            case 409 -> "Conflict";
            case 413 -> "Upload too large";
            case 429 -> "Too many requests";
            case 503 -> "Temporarily unavailable";
            default -> status >= 500 ? "Something went wrong" : "Request not handled";
        };
    }

    private static String explanation(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. The entry or feed may have been removed.";
            case 403 -> "This action was refused. Reload the page and try again.";
            case 413 -> "The file is larger than the server accepts.";
            case 429 -> "Too many requests in a short time. Wait a moment and try again.";
            default -> status >= 500
                    ? "The server could not complete the request. Try again; if it keeps failing, check the server's log."
                    : "The request could not be handled.";
        };
    }
}
