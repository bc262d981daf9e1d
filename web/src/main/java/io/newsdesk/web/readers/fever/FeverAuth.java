package io.newsdesk.web.readers.fever;

import io.javalin.http.Context;
import io.newsdesk.web.readers.FormFields;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.readers.ReaderUser;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a Fever request acts for: the {@code api_key} field, {@code md5("username:password")} in
 * hexadecimal, sent as a form field (or, by some clients, in the query string).
 */
final class FeverAuth {

    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");
    private static final String AUTHENTICATED = FeverAuth.class.getName() + ".authenticated";

    private final ReaderLogins logins;

    FeverAuth(ReaderLogins logins) {
        this.logins = logins;
    }

    /** The user the key names; empty for a missing, malformed or unknown key. */
    Optional<ReaderUser> user(Context ctx) {
        Optional<ReaderUser> user = logins.withoutLogin().or(() -> byKey(key(ctx), ctx.ip()));
        ctx.attribute(AUTHENTICATED, user.isPresent());
        return user;
    }

    /** Whether an earlier step of this request found its user. */
    static boolean authenticated(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(AUTHENTICATED));
    }

    private Optional<ReaderUser> byKey(String key, String clientAddress) {
        return key == null || !MD5_HEX.matcher(key).matches()
                ? Optional.empty()
                : logins.byFeverKey(key, clientAddress);
    }

    private static String key(Context ctx) {
        String key = FormFields.first(ctx, "api_key");
        if (key == null) {
            key = ctx.queryParam("api_key");
        }
        return key == null ? null : key.strip().toLowerCase(Locale.ROOT);
    }
}
