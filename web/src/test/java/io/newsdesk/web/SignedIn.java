package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.accounts.ActiveSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser signed in through the sign-in form.
 *
 * @param cookie the session cookie as a {@code Cookie} header value ({@code name=secret})
 * @param csrfToken the session's CSRF token, as its pages carry it
 */
public record SignedIn(String cookie, String csrfToken) {

    /** Signs in with the form and reads the session's token from the server's accounts. */
    public static SignedIn as(RunningServer running, String username, String password) {
        HttpResponse<String> login = running.send("POST", "/login", "application/x-www-form-urlencoded",
                ("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertThat(login.statusCode()).as("signing in as %s: %s", username, login.body()).isEqualTo(303);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        ActiveSession session = running.newsdesk.accounts().sessions()
                .resume(cookie.substring(cookie.indexOf('=') + 1))
                .orElseThrow();
        return new SignedIn(cookie, session.csrfToken());
    }

    /** The headers of a request from this browser's page: the cookie and the token. */
    public String[] headers() {
        return new String[] {"Cookie", cookie, "X-CSRF-Token", csrfToken};
    }
}
