package io.newsdesk.service;

/**
 * A failure a user caused or can act on, with a message written for them. The web layer maps the
 * kind to an HTTP status, the CLI prints the message.
 */
public class NewsdeskException extends RuntimeException {

    /** What went wrong, in the terms of a request. */
    public enum Kind {
        /** The input is malformed or not acceptable. */
        INVALID,
        /** The thing asked for does not exist (or is not the user's). */
        NOT_FOUND,
        /** The request conflicts with what exists already. */
        CONFLICT,
        /** A remote site or document failed us (unreachable, not a feed). */
        UPSTREAM,
        /** Something that should work did not (storage, index). */
        INTERNAL
    }

    private final Kind kind;

    public NewsdeskException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public NewsdeskException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static NewsdeskException invalid(String message) {
        return new NewsdeskException(Kind.INVALID, message);
    }

    public static NewsdeskException notFound(String message) {
        return new NewsdeskException(Kind.NOT_FOUND, message);
    }

    public static NewsdeskException conflict(String message) {
        return new NewsdeskException(Kind.CONFLICT, message);
    }

    public static NewsdeskException upstream(String message, Throwable cause) {
        return new NewsdeskException(Kind.UPSTREAM, message, cause);
    }
}
