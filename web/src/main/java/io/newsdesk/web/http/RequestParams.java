package io.newsdesk.web.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads identifiers, paging and switches from paths, query strings and forms. Anything malformed
 * or out of range is answered 400 with a message that names the parameter and what it accepts;
 * nothing is silently clamped, so a client learns of its mistake.
 */
public final class RequestParams {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");
    private static final int ECHO_LIMIT = 40;

    private RequestParams() {}

    /** A positive id from the path, such as {@code {id}} in {@code /feeds/{id}}. */
    public static long pathId(Context ctx, String name) {
        return id("path parameter '" + name + "'", ctx.pathParam(name));
    }

    /** An optional positive id from the query string; {@code null} when absent or empty. */
    public static Long queryId(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return isAbsent(raw) ? null : id("query parameter '" + name + "'", raw);
    }

    /** Positive ids from a repeated form field ({@code ids=1&ids=2}); empty when there are none. */
    public static List<Long> formIds(Context ctx, String name) {
        List<Long> ids = new ArrayList<>();
        for (String raw : ctx.formParams(name)) {
            ids.add(id("form field '" + name + "'", raw));
        }
        return ids;
    }

    /** A page size from {@code limit}: {@code defaultLimit} when absent, else 1 to {@code max}. */
    public static int limit(Context ctx, int defaultLimit, int max) {
        return intIn(ctx, "limit", defaultLimit, 1, max);
    }

    /** How many items to skip, from {@code offset}: 0 when absent. */
    public static int offset(Context ctx) {
        return intIn(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    /** An optional {@code true}/{@code false} query parameter; {@code null} when absent. */
    public static Boolean queryBoolean(Context ctx, String name) {
        return bool("query parameter '" + name + "'", ctx.queryParam(name));
    }

    /** An optional {@code true}/{@code false} form field; {@code null} when absent. */
    public static Boolean formBoolean(Context ctx, String name) {
        return bool("form field '" + name + "'", ctx.formParam(name));
    }

    /**
     * One of a few named values from the query string, such as {@code status=unread}.
     *
     * @param choices the accepted names (lower case) and what each stands for
     * @param defaultValue the value when the parameter is absent
     */
    public static <T> T queryChoice(Context ctx, String name, Map<String, T> choices, T defaultValue) {
        String raw = ctx.queryParam(name);
        if (isAbsent(raw)) {
            return defaultValue;
        }
        T value = choices.get(raw.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new BadRequestResponse(
                    "query parameter '" + name + "' must be " + alternatives(choices.keySet()) + ", got " + echo(raw));
        }
        return value;
    }

    /** A query parameter's text, stripped; {@code null} when absent or blank. */
    public static String queryText(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        return isAbsent(raw) ? null : raw.strip();
    }

    /** A query parameter's text that must be given, stripped. */
    public static String requiredQueryText(Context ctx, String name) {
        String text = queryText(ctx, name);
        if (text == null) {
            throw new BadRequestResponse("query parameter '" + name + "' is required");
        }
        return text;
    }

    /** A form field's text, stripped; {@code null} when absent or blank. */
    public static String formText(Context ctx, String name) {
        String raw = ctx.formParam(name);
        return isAbsent(raw) ? null : raw.strip();
    }

    static long id(String what, String raw) {
        String text = raw == null ? "" : raw.strip();
        if (DIGITS.matcher(text).matches()) {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException tooLarge) {
                // falls through to the message below
            }
        }
        throw new BadRequestResponse(what + " must be a positive whole number, got " + echo(raw));
    }

    private static int intIn(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = ctx.queryParam(name);
        if (isAbsent(raw)) {
            return defaultValue;
        }
        return intIn("query parameter '" + name + "'", raw, min, max);
    }

    static int intIn(String what, String raw, int min, int max) {
        String text = raw.strip();
        if (DIGITS.matcher(text).matches()) {
            try {
                long value = Long.parseLong(text);
                if (value >= min && value <= max) {
                    return (int) value;
                }
            } catch (NumberFormatException tooLarge) {
                // falls through to the message below
            }
        }
        String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
        throw new BadRequestResponse(what + " must be a whole number " + range + ", got " + echo(raw));
    }

    static Boolean bool(String what, String raw) {
        if (isAbsent(raw)) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestResponse(what + " must be true or false, got " + echo(raw));
        };
    }

    /** "a, b or c". */
    private static String alternatives(Set<String> names) {
        List<String> sorted = List.copyOf(new TreeSet<>(names));
        if (sorted.size() == 1) {
            return sorted.getFirst();
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " or " + sorted.getLast();
    }

    /** The offending value, quoted and shortened, so a message never grows with the input. */
    public static String echo(String raw) {
        if (raw == null) {
            return "nothing";
        }
        String shown = raw.length() > ECHO_LIMIT ? raw.substring(0, ECHO_LIMIT) + "…" : raw;
        return "'" + shown + "'";
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isBlank();
    }
}
