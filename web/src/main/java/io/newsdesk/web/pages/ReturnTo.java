package io.newsdesk.web.pages;

import io.javalin.http.Context;
import io.newsdesk.web.http.RequestParams;

/**
 * The page a form asks to be sent back to, in its {@code return_to} field. It is checked when the
 * redirect is made ({@link Notices#redirect}), which sends anything but a local path home.
 */
final class ReturnTo {

    private ReturnTo() {}

    static String of(Context ctx, String fallback) {
        String target = RequestParams.formText(ctx, "return_to");
        return target == null ? fallback : target;
    }
}
