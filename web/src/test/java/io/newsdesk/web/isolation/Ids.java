package io.newsdesk.web.isolation;

/**
 * The ids of one user's objects that rows aim at; {@link #missing()} names no object at all, so
 * that an answer about someone else's object can be compared with one about nothing.
 *
 * @param feed a feed the user subscribes to
 * @param entry an entry of that feed, which the user has starred and read
 * @param category the user's category
 * @param token the user's API token
 * @param user the user
 */
public record Ids(long feed, long entry, long category, long token, long user) {

    /** An id that no object has. */
    public static final long MISSING = 999_999;

    /** The same shape with every id {@link #MISSING}. */
    public static Ids missing() {
        return new Ids(MISSING, MISSING, MISSING, MISSING, MISSING);
    }
}
