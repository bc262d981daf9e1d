package io.newsdesk.web.http;

import io.javalin.http.Context;
import io.newsdesk.service.Newsdesk;

/**
 * Who a request acts for. Every route asks here, so that accounts (a later issue) change this one
 * place: it will read the session or API token and refuse anonymous requests.
 */
public final class CurrentUser {

    private CurrentUser() {}

    /** The id of the user the request acts for: the local owner until accounts exist. */
    public static long id(Context ctx) {
        return Newsdesk.OWNER;
    }
}
