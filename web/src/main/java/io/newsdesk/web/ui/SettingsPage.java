package io.newsdesk.web.ui;

import java.util.List;
import java.util.Objects;

/**
 * The signed-in user's settings: their password and API tokens.
 *
 * @param layout the shared frame
 * @param username who the settings belong to
 * @param canChangePassword whether a password form is shown (not in personal mode, where nobody
 *     signs in)
 * @param tokens the user's tokens, newest first
 * @param createdToken a token just created, whose secret is shown this once; {@code null} otherwise
 * @param passwordError why the last password change failed, or {@code null}
 * @param tokenError why the last token could not be created, or {@code null}
 */
public record SettingsPage(
        Layout layout, String username, boolean canChangePassword, List<TokenRow> tokens, CreatedToken createdToken,
        String passwordError, String tokenError) {

    /**
     * A token just created.
     *
     * @param name its name
     * @param secret what a program presents; shown once
     */
    public record CreatedToken(String name, String secret) {}

    public SettingsPage {
        Objects.requireNonNull(layout, "layout");
        tokens = List.copyOf(tokens);
    }
}
