package io.newsdesk.parse;

import io.newsdesk.parse.encoding.ContentType;
import io.newsdesk.parse.encoding.DocumentDecoder;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells feeds, OPML, web pages and plain text apart from the first few kilobytes of a document.
 *
 * <p>The markup decides, not the file name or the {@code Content-Type} (servers label feeds
 * {@code text/html} and pages {@code text/xml}); the content type only breaks ties. A byte order
 * mark, an XML declaration, comments, processing instructions, a DOCTYPE and whitespace before the
 * root are looked past.
 */
public final class DocumentSniffer {

    /** How much of the document is looked at. */
    static final int HEAD_BYTES = 8 * 1024;

    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "rdf");

    private static final Set<String> HTML_ELEMENTS = Set.of(
            "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "base",
            "div", "p", "span", "a", "b", "i", "u", "em", "strong", "br", "hr", "img", "h1", "h2",
            "h3", "h4", "h5", "h6", "table", "ul", "ol", "li", "dl", "form", "iframe", "section",
            "article", "header", "footer", "nav", "main", "aside", "center", "font", "pre", "blockquote",
            "figure", "picture", "template", "button", "input", "label", "select", "textarea");

    /** A feed root anywhere in the head: feeds behind a PHP warning or a stray HTML line. */
    private static final Pattern EMBEDDED_FEED_ROOT = Pattern.compile("<(?:rss|feed|rdf:RDF)[\\s>]");

    private DocumentSniffer() {}

    /**
     * Judges what a document is.
     *
     * @param head the document's first bytes (more than {@value #HEAD_BYTES} are not looked at);
     *     {@code null} counts as empty
     * @param contentType the HTTP {@code Content-Type}, or {@code null}
     */
    public static DocumentKind sniff(byte[] head, String contentType) {
        if (head == null || head.length == 0) {
            return DocumentKind.UNKNOWN;
        }
        String text = DocumentDecoder.decodeHead(head, HEAD_BYTES);
        if (looksBinary(text)) {
            return DocumentKind.UNKNOWN;
        }
        Prolog prolog = skipProlog(text);
        int start = prolog.end();
        if (start >= text.length()) {
            return prolog.htmlDoctype() ? DocumentKind.HTML : DocumentKind.UNKNOWN;
        }
        ContentType type = ContentType.parse(contentType);
        char first = text.charAt(start);
        if (first == '{' || first == '[') {
            return text.contains("jsonfeed.org/version") ? DocumentKind.FEED : DocumentKind.UNKNOWN;
        }
        if (first != '<') {
            return hasEmbeddedFeedRoot(text) ? DocumentKind.FEED : DocumentKind.TEXT;
        }
        String name = elementName(text, start);
        String root = name.substring(name.indexOf(':') + 1);
        if (FEED_ROOTS.contains(root)) {
            return DocumentKind.FEED;
        }
        if (root.equals("opml")) {
            return DocumentKind.OPML;
        }
        if (hasEmbeddedFeedRoot(text)) {
            return DocumentKind.FEED;
        }
        if (prolog.htmlDoctype() || HTML_ELEMENTS.contains(root) || type.isHtml()) {
            return DocumentKind.HTML;
        }
        return DocumentKind.UNKNOWN;
    }

    /** Looked for only when the root is no feed's: a search of the whole head, wasted on every ordinary feed. */
    private static boolean hasEmbeddedFeedRoot(String text) {
        return EMBEDDED_FEED_ROOT.matcher(text).find();
    }

    /**
     * Where the prolog (declaration, comments, processing instructions, DOCTYPE, whitespace) ends.
     *
     * @param end the index of the first character after it
     * @param htmlDoctype whether it has an HTML DOCTYPE, which is a strong hint but not proof:
     *     feeds have been published with one
     */
    private record Prolog(int end, boolean htmlDoctype) {}

    private static Prolog skipProlog(String text) {
        int i = 0;
        boolean htmlDoctype = false;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i + 2);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i + 4);
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                htmlDoctype |= elementName(text, skipSpaces(text, i + 9) - 1).equals("html");
                int close = text.indexOf('>', i);
                int subset = text.indexOf('[', i);
                i = subset >= 0 && (close < 0 || subset < close) ? after(text, "]>", subset) : after(text, ">", i);
            } else {
                return new Prolog(i, htmlDoctype);
            }
        }
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int after(String text, String terminator, int from) {
        int end = text.indexOf(terminator, from);
        return end < 0 ? text.length() : end + terminator.length();
    }

    /** The lower-case name of the element whose {@code <} is at {@code lessThan}. */
    private static String elementName(String text, int lessThan) {
        int i = lessThan + 1;
        int start = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.')) {
                break;
            }
            i++;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** NUL bytes or many control characters: not text in any encoding sniffed here. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > text.length() / 100 + 1;
    }
}
