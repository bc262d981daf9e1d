package io.newsdesk.domain;

import java.util.Locale;

/**
 * How precisely a published time is known. A feed's RFC 822 date is exact to the second; an
 * aggregator's "11 months ago" only to the month. Consumers show and compare times at this
 * precision instead of pretending to know more.
 */
public enum DatePrecision {
    SECOND,
    DAY,
    MONTH,
    YEAR;

    /** The lower-case name used in JSON and storage ("second", "day", …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
