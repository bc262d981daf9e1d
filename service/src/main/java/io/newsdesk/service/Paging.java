package io.newsdesk.service;

/** The paging rules every listing and search shares. */
public final class Paging {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 500;

    private Paging() {}

    /**
     * Checks a page request.
     *
     * @throws NewsdeskException INVALID when the limit is not between 1 and {@link #MAX_LIMIT} or
     *     the offset is negative
     */
    public static void check(int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw NewsdeskException.invalid("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw NewsdeskException.invalid("offset must not be negative, not " + offset);
        }
    }
}
