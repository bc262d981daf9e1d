package io.newsdesk.sanitize;

import java.util.Set;

/**
 * The kinds of HTML elements that change how markup is read, as the HTML standard's parsing
 * rules name them; shared by the tokenizer, the tag balancer and the plain-text writer.
 */
final class ElementKinds {

    /** Elements without content or end tag. */
    static final Set<String> VOID = Set.of(
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
            "keygen", "link", "meta", "param", "source", "track", "wbr");

    /**
     * Elements whose content is not markup and is never shown as text here: scripts, styles,
     * frames, and form or head fields. The content is skipped up to the element's end tag.
     */
    static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title");

    /** Elements whose whole subtree is inert in a browser, so neither shown nor indexed. */
    static final Set<String> INERT = Set.of("template");

    /** Document-level tags, which a fragment ignores. */
    static final Set<String> DOCUMENT = Set.of("html", "head", "body", "frameset");

    /** Block-level elements: a plain-text rendering puts them in paragraphs of their own. */
    static final Set<String> BLOCK = Set.of(
            "p", "div", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "section", "article",
            "header", "footer", "aside", "details", "summary", "main", "nav", "address", "caption");

    /** Table cells: words in neighbouring cells must not run together. */
    static final Set<String> CELL = Set.of("td", "th");

    /** Start tags that close an open paragraph. */
    static final Set<String> CLOSES_PARAGRAPH = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
            "dl", "dd", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol",
            "p", "plaintext", "pre", "search", "section", "summary", "table", "ul", "xmp");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Elements that only make sense inside a table; elsewhere browsers ignore their tags. */
    static final Set<String> TABLE_PARTS = Set.of(
            "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th");

    /**
     * Elements that end tags do not reach through: an end tag whose element is only open outside
     * one of these is ignored, as browsers do. The standard's other boundaries (object, applet,
     * marquee) are unwrapped by the sanitizer, so they bound nothing in its output.
     */
    static final Set<String> SCOPE_BOUNDARIES = Set.of("caption", "table", "td", "th");

    /**
     * The standard's "special" elements that stop the search for an open list item or definition
     * term, among those the sanitizer writes.
     */
    static final Set<String> LIST_ITEM_BARRIERS = Set.of(
            "blockquote", "caption", "colgroup", "details", "dl", "figcaption", "figure", "h1", "h2",
            "h3", "h4", "h5", "h6", "ol", "pre", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul");

    private ElementKinds() {}
}
