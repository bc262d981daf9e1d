package io.newsdesk.web.isolation;

import java.util.List;

/** How a row's requests prove who they are: the headers they add for a user. */
@FunctionalInterface
public interface Auth {

    /** Header names and values, alternating, for {@code user}. */
    List<String> headers(TestUser user);

    /** The browser's session cookie, with the session's CSRF token as a browser page's script sends it. */
    Auth SESSION = user -> List.of("Cookie", user.sessionCookie(), "X-CSRF-Token", user.csrfToken());
    /** An API token in {@code X-Auth-Token}. */
    Auth API_TOKEN = user -> List.of("X-Auth-Token", user.token());
    /** An API token as {@code Authorization: Bearer}. */
    Auth BEARER = user -> List.of("Authorization", "Bearer " + user.token());
    /** Username and password as {@code Authorization: Basic}. */
    Auth BASIC = user -> List.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            (user.username() + ":" + user.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    /** Nothing: the route is public, or its credentials travel in the body. */
    Auth NONE = user -> List.of();
}
