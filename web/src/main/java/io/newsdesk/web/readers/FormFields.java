package io.newsdesk.web.readers;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;

/**
 * Reads the form fields reader apps post (url-encoded, or multipart from some Fever clients). A
 * body that claims to be a form but cannot be read as one is answered 400, not left to fail
 * deep in the servlet container.
 */
public final class FormFields {

    private FormFields() {}

    /** Every value of {@code name} in the form body, in order; none when the body is no form. */
    public static List<String> all(Context ctx, String name) {
        try {
            return ctx.formParams(name);
        } catch (HttpResponseException e) {
            throw e;
        } catch (Exception e) {
            // The container reports a broken multipart body as its checked ServletException.
            throw new BadRequestResponse("the form could not be read: the body is not well-formed "
                    + (ctx.contentType() == null ? "form data" : ctx.contentType().split(";", 2)[0].strip()));
        }
    }

    /** The first value of {@code name} that is not blank, stripped; {@code null} when there is none. */
    public static String first(Context ctx, String name) {
        return all(ctx, name).stream().map(String::strip).filter(value -> !value.isEmpty()).findFirst().orElse(null);
    }
}
