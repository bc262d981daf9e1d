package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.newsdesk.web.http.RequestParams;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Google Reader's two spellings of an item id: the long form {@code
 * tag:google.com,2005:reader/item/} followed by 16 hexadecimal digits (what stream contents
 * carry), and the short decimal form (what {@code stream/items/ids} returns). Clients send back
 * either; both name an entry by its Newsdesk id.
 */
final class ItemId {

    static final String LONG_PREFIX = "tag:google.com,2005:reader/item/";

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,16}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,19}");

    private ItemId() {}

    /** The long form of an entry id. */
    static String longForm(long entryId) {
        return LONG_PREFIX + String.format(Locale.ROOT, "%016x", entryId);
    }

    /**
     * The entry id an item id names.
     *
     * @throws BadRequestResponse when it is neither form, or names no positive id (Google's
     *     negative short ids for ids above 2^63 included)
     */
    static long parse(String raw) {
        String id = raw == null ? "" : raw.strip();
        long value = 0;
        boolean read = false;
        if (id.startsWith(LONG_PREFIX)) {
            String hex = id.substring(LONG_PREFIX.length());
            if (HEX.matcher(hex).matches()) {
                value = Long.parseUnsignedLong(hex, 16);
                read = true;
            }
        } else if (DECIMAL.matcher(id).matches()) {
            try {
                value = Long.parseLong(id);
                read = true;
            } catch (NumberFormatException overflow) {
                read = false;
            }
        }
        if (!read || value < 1) {
            throw new BadRequestResponse("item id " + RequestParams.echo(raw) + " is not an item id: send "
                    + LONG_PREFIX + " and 16 hexadecimal digits, or the decimal id");
        }
        return value;
    }
}
