package io.newsdesk.sanitize;

import java.util.Set;

/**
 * The nesting rules of the HTML standard's tree builder that decide where content ends up:
 * what a start tag closes implicitly (a paragraph before a block, a list item before the next,
 * a cell before the next row), which end tags are ignored, and that table parts outside a table
 * are ignored. Applied to the sanitizer's output so that it has the structure a browser would
 * give the input, written out balanced.
 *
 * <p>Where the standard looks at the element around the current point (is it a heading? is it a
 * barrier to the search for a list item?), only elements whose tags are written count: the output
 * must read the same when it is sanitized again, without the elements that were unwrapped.
 */
final class TreeRules {

    private static final Set<String> NONE = Set.of();
    private static final Set<String> TABLE = Set.of("table");
    private static final Set<String> LIST_ITEM = Set.of("li");
    private static final Set<String> DEFINITION = Set.of("dd", "dt");
    private static final Set<String> ROW = Set.of("tr");
    private static final Set<String> TABLE_SECTIONS = Set.of("tbody", "thead", "tfoot");
    private static final Set<String> TABLE_CONTEXTS = Set.of("table", "td", "th", "caption");

    private TreeRules() {}

    /**
     * Closes what a start tag closes implicitly.
     *
     * @return {@code false} when browsers ignore the tag here (a table part outside a table)
     */
    static boolean beforeStartTag(String name, OpenElements open) {
        if (ElementKinds.TABLE_PARTS.contains(name)) {
            return beforeTablePart(name, open);
        }
        if (ElementKinds.CLOSES_PARAGRAPH.contains(name)) {
            closeIfInScope("p", open);
        }
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                // Judged on the written elements only, so that sanitizing the output again changes nothing.
                int current = open.currentWritten();
                if (current >= 0 && open.namespace(current) == Namespace.HTML
                        && ElementKinds.HEADINGS.contains(open.name(current))) {
                    open.closeFrom(current);
                }
            }
            case "li" -> closeListItem(LIST_ITEM, open);
            case "dd", "dt" -> closeListItem(DEFINITION, open);
            case "a" -> closeIfInScope("a", open);
            case "table" -> {
                int context = open.lastIndexOf(TABLE_CONTEXTS, -1);
                if (context >= 0 && open.name(context).equals("table")) {
                    open.closeFrom(context);
                }
            }
            default -> { }
        }
        return true;
    }

    /**
     * Closes the element an end tag names, unless it is out of reach; stray end tags are ignored.
     * A heading's end tag closes whichever heading is open, as in browsers.
     */
    static void endTag(String name, OpenElements open) {
        boolean tablePart = ElementKinds.TABLE_PARTS.contains(name) || name.equals("table");
        int index = ElementKinds.HEADINGS.contains(name)
                ? innermostHeadingInScope(open)
                : open.findInScope(name, tablePart ? TABLE : ElementKinds.SCOPE_BOUNDARIES);
        if (index >= 0) {
            open.closeFrom(index);
        }
    }

    private static int innermostHeadingInScope(OpenElements open) {
        int innermost = -1;
        for (String heading : ElementKinds.HEADINGS) {
            innermost = Math.max(innermost, open.findInScope(heading, ElementKinds.SCOPE_BOUNDARIES));
        }
        return innermost;
    }

    private static void closeIfInScope(String name, OpenElements open) {
        int index = open.findInScope(name, ElementKinds.SCOPE_BOUNDARIES);
        if (index >= 0) {
            open.closeFrom(index);
        }
    }

    private static void closeListItem(Set<String> items, OpenElements open) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.namespace(i) != Namespace.HTML) {
                if (open.isHtmlBoundary(i)) {
                    return;
                }
                continue;
            }
            String name = open.name(i);
            if (items.contains(name)) {
                open.closeFrom(i);
                return;
            }
            if (open.isWritten(i) && ElementKinds.LIST_ITEM_BARRIERS.contains(name)) {
                return;
            }
        }
    }

    /** Cells, rows and sections close the open ones of their kind; outside a table they are ignored. */
    private static boolean beforeTablePart(String name, OpenElements open) {
        int table = open.findInScope("table", NONE);
        if (table < 0) {
            return false;
        }
        switch (name) {
            case "tr" -> open.closeFrom(innermostOr(open, TABLE_SECTIONS, table) + 1);
            case "td", "th" -> {
                int row = open.lastIndexOf(ROW, table);
                open.closeFrom((row >= 0 ? row : innermostOr(open, TABLE_SECTIONS, table)) + 1);
            }
            case "col" -> {
                if (!open.isHtml(open.size() - 1, "colgroup")) {
                    open.closeFrom(table + 1);
                }
            }
            default -> open.closeFrom(table + 1);
        }
        return true;
    }

    private static int innermostOr(OpenElements open, Set<String> names, int fallback) {
        int index = open.lastIndexOf(names, fallback);
        return index >= 0 ? index : fallback;
    }
}
