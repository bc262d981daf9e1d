package io.newsdesk.store;

/**
 * A user's category of feeds.
 *
 * @param id the category
 * @param title its name, unique per user
 */
public record Category(long id, String title) {}
