package io.newsdesk.sanitize;

/**
 * The tag and attribute names markup is mostly made of, each as one shared string, so that the
 * tokenizer can name a tag without copying its name out of the markup: every {@code <p>} gives
 * the same {@code "p"}, whose hash is computed once and which the allow-list and the tree rules
 * then find by identity. Names not listed are read as before; the list only saves work.
 */
final class KnownNames {

    private static final String[] NAMES = {
        // elements: text structure, tables, media, and what the rules drop or skip
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
        "blockquote", "body", "br", "button", "caption", "center", "cite", "code", "col", "colgroup", "dd",
        "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
        "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link",
        "listing", "main", "map", "mark", "math", "menu", "meta", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "option", "p", "param", "picture", "plaintext", "pre", "q", "rp", "rt", "ruby", "s",
        "samp", "script", "search", "section", "select", "small", "source", "span", "strike", "strong",
        "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
        "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
        // attributes
        "align", "alt", "border", "class", "color", "colspan", "controls", "data-src", "datetime",
        "face", "frameborder", "height", "href", "hspace", "id", "lang", "loading", "name", "onclick",
        "onerror", "onload", "poster", "referrerpolicy", "rel", "reversed", "role", "rowspan", "scope",
        "size", "sizes", "src", "srcset", "start", "target", "type", "valign", "vspace", "width",
    };

    /** Open addressing, a power of two at least four times the number of names: short probes. */
    private static final String[] TABLE = new String[1024];
    private static final int MAX_LENGTH = 16;
    private static final int NOT_ASCII = -1;

    static {
        for (String name : NAMES) {
            int slot = hash(name, 0, name.length()) & (TABLE.length - 1);
            while (TABLE[slot] != null && !TABLE[slot].equals(name)) {
                slot = (slot + 1) & (TABLE.length - 1);
            }
            TABLE[slot] = name;
        }
    }

    private KnownNames() {}

    /**
     * The shared string for the name written between two indices of {@code markup}, in ASCII
     * lower case, or {@code null} when it is not a listed name.
     */
    static String find(String markup, int from, int to) {
        int length = to - from;
        if (length == 0 || length > MAX_LENGTH) {
            return null;
        }
        int hash = hash(markup, from, to);
        if (hash == NOT_ASCII) {
            return null;
        }
        int slot = hash & (TABLE.length - 1);
        while (true) {
            String candidate = TABLE[slot];
            if (candidate == null) {
                return null;
            }
            if (candidate.length() == length && equalsLowerCased(candidate, markup, from)) {
                return candidate;
            }
            slot = (slot + 1) & (TABLE.length - 1);
        }
    }

    /**
     * A hash of the ASCII-lower-cased characters, the same for every spelling of a name; {@link
     * #NOT_ASCII} for text with other characters, which HTML does not fold and no listed name has.
     */
    private static int hash(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return NOT_ASCII;
            }
            hash = 31 * hash + lower(c);
        }
        return (hash ^ (hash >>> 16)) & Integer.MAX_VALUE;
    }

    private static boolean equalsLowerCased(String name, String text, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != lower(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
