package io.newsdesk.web.isolation;

/** What another signed-in user (B) must get from a row's request aimed at A's objects. */
public enum AsOther {
    /**
     * 404, and the very same status as for an id nothing has: B cannot tell A's object from none.
     * For routes that name one object.
     */
    NOT_FOUND,
    /** An answer about B's own data, in which nothing of A's appears. For lists, searches, B's own settings. */
    OWN_DATA_ONLY,
    /** 403: administrators only (B is not one). */
    ADMIN_ONLY
}
