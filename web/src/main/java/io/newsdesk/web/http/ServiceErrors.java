package io.newsdesk.web.http;

import io.newsdesk.service.NewsdeskException;

/** The HTTP status for each kind of service failure. */
public final class ServiceErrors {

    private ServiceErrors() {}

    public static int status(NewsdeskException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UPSTREAM -> 502;
            case INTERNAL -> 500;
        };
    }
}
