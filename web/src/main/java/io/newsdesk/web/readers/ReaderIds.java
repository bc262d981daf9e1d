package io.newsdesk.web.readers;

import io.javalin.http.BadRequestResponse;
import io.newsdesk.web.http.RequestParams;
import java.util.regex.Pattern;

/**
 * Reads the ids reader apps send. Each protocol has its own range (Miniflux and Fever clients keep
 * ids in 32 bits); anything else is answered 400 with the parameter's name and the range it takes.
 */
public final class ReaderIds {

    /** The largest id 32-bit clients can hold. */
    public static final long MAX_INT_ID = Integer.MAX_VALUE;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    private ReaderIds() {}

    /**
     * An id from 1 to {@code max}.
     *
     * @param what names the parameter in the message, such as {@code "path parameter 'id'"}
     * @throws BadRequestResponse when {@code raw} is missing, not a decimal number or out of range
     */
    public static long id(String what, String raw, long max) {
        return number(what, raw, 1, max);
    }

    /**
     * A whole number from {@code min} to {@code max}.
     *
     * @throws BadRequestResponse when {@code raw} is missing, not a decimal number or out of range
     */
    public static long number(String what, String raw, long min, long max) {
        String text = raw == null ? "" : raw.strip();
        if (DIGITS.matcher(text).matches()) {
            try {
                long value = Long.parseLong(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException overflow) {
                // falls through to the message below
            }
        }
        throw new BadRequestResponse(what + " must be a whole number from " + min + " to " + max
                + ", got " + RequestParams.echo(raw));
    }
}
