package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.web.readers.FormFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Google Reader clients send parameters in the query string or in a form body, and repeat some
 * ({@code i}, {@code a}, {@code r}, {@code s}); FreshRSS reads both places, and so does this.
 */
final class Params {

    private Params() {}

    /** Every value of {@code name}, from the query string, then the form body. */
    static List<String> all(Context ctx, String name) {
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        values.addAll(FormFields.all(ctx, name));
        return values;
    }

    /** The first non-blank value of {@code name}, stripped; {@code null} when there is none. */
    static String first(Context ctx, String name) {
        return all(ctx, name).stream().map(String::strip).filter(value -> !value.isEmpty()).findFirst().orElse(null);
    }

    /** The first non-blank value of {@code name}, which must be given. */
    static String required(Context ctx, String name) {
        String value = first(ctx, name);
        if (value == null) {
            throw new BadRequestResponse("parameter '" + name + "' is required");
        }
        return value;
    }

    /**
     * Refuses an {@code output} other than JSON; clients that name none get JSON too.
     *
     * @throws BadRequestResponse for {@code output=xml} and the like
     */
    static void requireJsonOutput(Context ctx) {
        String output = first(ctx, "output");
        if (output != null && !output.equals("json")) {
            throw new BadRequestResponse("only output=json is supported, not output=" + output);
        }
    }
}
