package io.newsdesk.web.ui;

/**
 * A time ready to show: what a {@code <time>} element needs.
 *
 * @param datetime the machine-readable value for the {@code datetime} attribute
 * @param absolute the calendar date for people, at the known precision ("28 Nov 2026, 14:05")
 * @param relative the age relative to the page's "now" ("3 hours ago")
 */
public record Timestamp(String datetime, String absolute, String relative) {}
