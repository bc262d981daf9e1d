package io.newsdesk.parse.detail;

import java.util.List;

/** Look-ups in a list of links. */
final class Links {

    private Links() {}

    /** The first alternate link to a web page with an address, else the first alternate link at all. */
    static String alternatePage(List<Link> links) {
        String anyAlternate = null;
        for (Link link : links) {
            if (link.href().isEmpty() || !link.rel().equals("alternate")) {
                continue;
            }
            if (link.isAlternatePage()) {
                return link.href();
            }
            anyAlternate = anyAlternate == null ? link.href() : anyAlternate;
        }
        return anyAlternate;
    }

    /** The address of the first link with the relation, or {@code null}. */
    static String withRel(List<Link> links, String rel) {
        for (Link link : links) {
            if (link.rel().equals(rel) && !link.href().isEmpty()) {
                return link.href();
            }
        }
        return null;
    }
}
