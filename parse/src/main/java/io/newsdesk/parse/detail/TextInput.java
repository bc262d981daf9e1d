package io.newsdesk.parse.detail;

/**
 * RSS's {@code textInput}: a form (usually a search box) the channel offers.
 *
 * @param title the submit button's label, or {@code null}
 * @param description what the box is for, or {@code null}
 * @param name the name of the form field, or {@code null}
 * @param link the absolute URL the form is sent to, or {@code null}
 */
public record TextInput(String title, String description, String name, String link) {}
