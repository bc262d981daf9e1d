package io.newsdesk.web.ui;

/** How an enclosure is presented: with a player, as a picture, or as a download link. */
public enum MediaKind {
    AUDIO,
    VIDEO,
    IMAGE,
    FILE
}
