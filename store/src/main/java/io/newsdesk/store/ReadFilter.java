package io.newsdesk.store;

/** Which entries a listing includes by read state. */
public enum ReadFilter {
    /** Read or not. */
    ALL,
    /** Only entries the user has not read. */
    UNREAD,
    /** Only entries the user has read. */
    READ
}
