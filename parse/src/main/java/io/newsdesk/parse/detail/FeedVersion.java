package io.newsdesk.parse.detail;

import io.newsdesk.domain.FeedFormat;

/** The format and version a feed document was written in, as precisely as the document says. */
public enum FeedVersion {
    RSS090(FeedFormat.RSS09X),
    /** RSS 0.91 with Netscape's DTD. */
    RSS091_NETSCAPE(FeedFormat.RSS09X),
    /** RSS 0.91 without it (Userland's). */
    RSS091_USERLAND(FeedFormat.RSS09X),
    RSS092(FeedFormat.RSS09X),
    RSS093(FeedFormat.RSS09X),
    RSS094(FeedFormat.RSS09X),
    RSS20(FeedFormat.RSS20),
    /** An {@code rss} root with a missing or unknown version, read as RSS 2.0. */
    RSS_UNKNOWN(FeedFormat.RSS20),
    RSS10(FeedFormat.RSS10),
    ATOM01(FeedFormat.ATOM03),
    ATOM02(FeedFormat.ATOM03),
    ATOM03(FeedFormat.ATOM03),
    ATOM10(FeedFormat.ATOM10),
    /** A {@code feed} root in no known Atom namespace and without a version, read as Atom 1.0. */
    ATOM_UNKNOWN(FeedFormat.ATOM10),
    JSONFEED10(FeedFormat.JSONFEED10),
    JSONFEED11(FeedFormat.JSONFEED11);

    private final FeedFormat format;

    FeedVersion(FeedFormat format) {
        this.format = format;
    }

    /** The format family, as the domain model names it. */
    public FeedFormat format() {
        return format;
    }
}
