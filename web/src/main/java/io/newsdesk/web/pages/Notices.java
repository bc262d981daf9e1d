package io.newsdesk.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.newsdesk.web.ui.Hrefs;
import io.newsdesk.web.ui.Notice;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Carries a notice ("Feed added") from a form's POST across its redirect to the page that shows
 * it, in a short-lived cookie: no server-side session is needed, and reloading the page does not
 * show the notice again because showing it removes the cookie.
 */
public final class Notices {

    static final String COOKIE = "newsdesk_notice";
    private static final int MAX_AGE_SECONDS = 60;
    /** Keeps the cookie far below the 4 KB browsers store; longer messages are cut. */
    static final int MAX_MESSAGE_CHARS = 500;

    private Notices() {}

    /**
     * Answers 303 See Other, so the browser follows with a GET, to {@code location}, which shows
     * {@code notice}.
     *
     * @param location where to go; anything but a path on this site goes home instead
     */
    public static void redirect(Context ctx, String location, Notice notice) {
        ctx.cookie(cookie(encode(notice), MAX_AGE_SECONDS));
        ctx.redirect(Hrefs.localOrHome(location), HttpStatus.SEE_OTHER);
    }

    /** The notice the previous response left for this page, or {@code null}; it is shown only once. */
    public static Notice take(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null) {
            return null;
        }
        ctx.cookie(cookie("", 0));
        return decode(value);
    }

    private static Cookie cookie(String value, int maxAge) {
        return new Cookie(COOKIE, value, "/", maxAge, false, true, null, SameSite.LAX);
    }

    /** The cookie value: the kind, a dot, and the message in unpadded base64url (cookie-safe). */
    static String encode(Notice notice) {
        String message = notice.message();
        if (message.length() > MAX_MESSAGE_CHARS) {
            int cut = MAX_MESSAGE_CHARS - 1;
            if (Character.isHighSurrogate(message.charAt(cut - 1))) {
                cut--;
            }
            message = message.substring(0, cut) + "…";
        }
        return notice.kind().code() + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The notice in a cookie value, or {@code null} when the value is not one {@link #encode} made. */
    static Notice decode(String value) {
        int dot = value.indexOf('.');
        if (dot < 1) {
            return null;
        }
        try {
            Notice.Kind kind = Notice.Kind.valueOf(value.substring(0, dot).toUpperCase(Locale.ROOT));
            byte[] message = Base64.getUrlDecoder().decode(value.substring(dot + 1));
            String text = new String(message, StandardCharsets.UTF_8);
            return text.isBlank() || text.length() > MAX_MESSAGE_CHARS ? null : new Notice(kind, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
