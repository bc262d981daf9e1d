package io.newsdesk.domain;

/** The syndication format a feed document was written in. */
public enum FeedFormat {
    RSS20("rss20"),
    RSS10("rss10"),
    RSS09X("rss09x"),
    ATOM10("atom10"),
    ATOM03("atom03"),
    JSONFEED10("jsonfeed10"),
    JSONFEED11("jsonfeed11");

    private final String code;

    FeedFormat(String code) {
        this.code = code;
    }

    /** The identifier used in JSON and storage, e.g. {@code "atom10"}. */
    public String code() {
        return code;
    }

    public static FeedFormat fromCode(String code) {
        for (FeedFormat format : values()) {
            if (format.code.equals(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown feed format: " + code);
    }
}
