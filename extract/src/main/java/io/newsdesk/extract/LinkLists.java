package io.newsdesk.extract;

import org.jsoup.nodes.Element;

/**
 * Recognises content that is a list of links rather than prose: navigation, or a section front's
 * headlines linking to stories with a sentence or two of summary each. A listicle links its
 * subheads too, but writes paragraphs under each.
 */
final class LinkLists {

    /** More linked headlines than this may be a front page. */
    static final int MAX_LINKED_HEADINGS = 3;
    /** Prose under one linked headline up to which it reads as a teaser. */
    static final int MAX_TEASER_CHARS = 400;
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final double LINKED_HEADING_DENSITY = 0.8;

    private LinkLists() {}

    static boolean isLinkList(Element content, TextStats stats) {
        TextStats.Counts counts = stats.of(content);
        if (counts.linkDensity() > MAX_LINK_DENSITY) {
            return true;
        }
        int linked = 0;
        for (Element heading : content.select("h2, h3, h4")) {
            if (stats.of(heading).linkDensity() > LINKED_HEADING_DENSITY) {
                linked++;
            }
        }
        return linked > MAX_LINKED_HEADINGS
                && (counts.chars - counts.linkChars) / linked < MAX_TEASER_CHARS;
    }
}
