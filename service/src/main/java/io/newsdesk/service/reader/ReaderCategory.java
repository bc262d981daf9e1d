package io.newsdesk.service.reader;

/**
 * One of a user's categories with the counts reader apps show beside a folder.
 *
 * @param id the category's id
 * @param title its name, unique for the user
 * @param feedCount how many of the user's feeds are filed under it
 * @param unread how many entries of those feeds the user has not read
 */
public record ReaderCategory(long id, String title, int feedCount, int unread) {}
