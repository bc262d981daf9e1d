package io.newsdesk.parse.xml;

import io.newsdesk.parse.text.DoubleEncoding;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A forward-only reader of an XML document for the format readers: one pass, constant memory
 * apart from the values read.
 *
 * <p>The same cursor reads well-formed documents through StAX ({@link #strict}) and ill-formed
 * ones through jsoup's forgiving parser ({@link #lenient}), so each format's mapping is written
 * once. On top of the parser's events it keeps the effective {@code xml:base} and {@code xml:lang}
 * of every open element, reports namespaces in their {@linkplain Namespaces#canonical canonical}
 * spelling, and enforces the nesting-depth and text-length limits.
 *
 * <p>Format readers walk the tree with {@link #nextChild(int)}:
 *
 * <pre>{@code
 * int channel = cursor.depth();
 * while (cursor.nextChild(channel)) {
 *     switch (cursor.localName()) {
 *         case "title" -> title = cursor.readText();
 *         default -> { } // not consumed: nextChild skips it
 *     }
 * }
 * }</pre>
 */
public abstract sealed class XmlCursor permits StaxCursor, LenientCursor {

    /** What the underlying parser produced next. */
    enum Event {
        START,
        END,
        TEXT,
        EOF
    }

    /** HTML elements that have no end tag; serialized without one, since {@code </br>} is a second break. */
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
            "track", "wbr");

    /** Attributes holding URLs that an inner {@code xml:base} changes. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "poster");

    /** More declarations than this are not recorded (they still work): a bound for hostile documents. */
    private static final int MAX_RECORDED_NAMESPACES = 100;

    private final int maxDepth;
    private final int maxTextLength;
    private final boolean repairDoubleEncoding;
    private final ReadingProblems problems;
    private final Map<String, String> declaredNamespaces = new LinkedHashMap<>();
    private int depth;
    private String[] bases = new String[16];
    private String[] languages = new String[16];
    private String localName = "";
    private String namespace = "";

    XmlCursor(Origin origin, Limits limits, ReadingProblems problems) {
        this.maxDepth = limits.maxDepth();
        this.maxTextLength = limits.maxTextLength();
        this.repairDoubleEncoding = origin.utf8();
        this.problems = problems;
        bases[0] = origin.url();
        languages[0] = origin.language();
    }

    /**
     * Where a document came from, as far as reading it is concerned.
     *
     * @param url the document's URL, the base for relative URLs; {@code null} when unknown
     * @param language the document's language (HTTP {@code Content-Language}), the language of
     *     every element without an {@code xml:lang}; {@code null} when unknown
     * @param utf8 whether the document was read as UTF-8: its text is then checked for UTF-8
     *     that was read as windows-1252 before it was written ({@link DoubleEncoding})
     */
    public record Origin(String url, String language, boolean utf8) {}

    /**
     * The bounds a cursor enforces.
     *
     * @param maxDepth how deeply elements may nest before reading fails
     * @param maxTextLength how many characters one element's content may have before it is cut
     */
    public record Limits(int maxDepth, int maxTextLength) {}

    /**
     * A cursor over a well-formed document, reading it with StAX: no DTD is read and no entity is
     * ever resolved.
     *
     * @param text the document's characters (already decoded)
     * @param origin where the document came from
     * @param limits the limits to enforce
     * @param problems receives what was wrong and repaired while reading (cut text)
     */
    public static XmlCursor strict(String text, Origin origin, Limits limits, ReadingProblems problems)
            throws XmlSyntaxException {
        return new StaxCursor(new StringReader(text), origin, limits, problems);
    }

    /**
     * A cursor over a well-formed document read from a stream of characters, for documents too
     * large to hold: the text is never held whole, so a document that is not well-formed cannot
     * be read again leniently.
     *
     * @see #strict(String, Origin, Limits, ReadingProblems)
     */
    public static XmlCursor strict(Reader text, Origin origin, Limits limits, ReadingProblems problems)
            throws XmlSyntaxException {
        return new StaxCursor(text, origin, limits, problems);
    }

    /**
     * A cursor over an ill-formed document, reading what a forgiving parser makes of it (unclosed
     * elements closed, stray markup kept as text, undeclared conventional prefixes such as
     * {@code dc:} bound to their usual namespaces).
     *
     * @see #strict
     */
    public static XmlCursor lenient(String text, Origin origin, Limits limits, ReadingProblems problems) {
        return new LenientCursor(text, origin, limits, problems);
    }

    // ---- what the underlying parser provides

    abstract Event advanceRaw() throws XmlSyntaxException;

    /** The namespace URI of the element just started or ended, as the parser reports it. */
    abstract String rawNamespace();

    /** The local name of the element just started or ended. */
    abstract String rawLocalName();

    abstract int attributeCount();

    abstract String attributeNamespace(int index);

    abstract String attributeLocalName(int index);

    abstract String attributeValue(int index);

    /** The characters of the text event just read. */
    abstract String rawText();

    /** The prefix the document used for the element just started, {@code ""} for none. */
    abstract String rawPrefix();

    /** Where the cursor is, for messages: "line 12, column 5". */
    public abstract String location();

    // ---- position

    /** How many elements are open: 1 at the root element, 0 before and after it. */
    public int depth() {
        return depth;
    }

    /** The local name of the current element. */
    public String localName() {
        return localName;
    }

    /** The prefix the document wrote the current element with; {@code ""} for none. */
    public String prefix() {
        return rawPrefix();
    }

    /**
     * The namespaces declared so far, by prefix ({@code ""} for a default namespace), each with
     * the URI of its first declaration.
     */
    public Map<String, String> declaredNamespaces() {
        return Collections.unmodifiableMap(declaredNamespaces);
    }

    /** The canonical namespace of the current element; {@code ""} for none. */
    public String namespace() {
        return namespace;
    }

    /** The effective {@code xml:base} of the current element: the base for its relative URLs. */
    public String base() {
        return bases[depth];
    }

    /** The effective {@code xml:lang} of the current element, or {@code null}. */
    public String language() {
        return languages[depth];
    }

    /** The value of the current element's attribute in no namespace, or {@code null}. */
    public String attribute(String localName) {
        return attribute("", localName);
    }

    /** The value of the current element's attribute {@code localName} in {@code namespace}, or {@code null}. */
    public String attribute(String namespace, String localName) {
        for (int i = 0, n = attributeCount(); i < n; i++) {
            if (attributeLocalName(i).equals(localName)
                    && Namespaces.canonical(attributeNamespace(i)).equals(namespace)) {
                return attributeValue(i);
            }
        }
        return null;
    }

    // ---- moving

    /**
     * Moves to the next child element of the element at {@code parentDepth}, skipping text and
     * whatever is left of the previous child.
     *
     * @param parentDepth the {@link #depth()} of the parent, taken while on its start
     * @return {@code true} on a child's start; {@code false} once the parent (or the document) has ended
     */
    public boolean nextChild(int parentDepth) throws XmlReadException {
        while (true) {
            switch (advance()) {
                case START -> {
                    if (depth == parentDepth + 1) {
                        return true;
                    }
                }
                case END -> {
                    if (depth < parentDepth) {
                        return false;
                    }
                }
                case TEXT -> { }
                case EOF -> {
                    return false;
                }
            }
        }
    }

    /** Skips the rest of the current element. */
    public void skip() throws XmlReadException {
        int element = depth;
        while (depth >= element) {
            if (advance() == Event.EOF) {
                return;
            }
        }
    }

    /**
     * Reads the current element to its end and returns its text, the text of descendants
     * included and their tags dropped; cut at the text-length limit.
     */
    public String readText() throws XmlReadException {
        int element = depth;
        String where = location();
        StringBuilder text = new StringBuilder();
        boolean cut = false;
        while (true) {
            Event event = advance();
            if (event == Event.EOF || event == Event.END && depth < element) {
                break;
            }
            if (event == Event.TEXT) {
                cut |= appendCapped(text, rawText());
            }
        }
        if (cut) {
            reportCut(where);
        }
        return repaired(text.toString());
    }

    /**
     * Reads the current element to its end and returns its content: text when it has only text,
     * markup when it has child elements (which are serialized as HTML, without namespace
     * prefixes but XLink's, with URLs under an inner {@code xml:base} made absolute).
     *
     * @param unwrapDiv leave out a leading {@code div} element's own tags (Atom's XHTML content
     *     wraps the content in one); a div holding only text then gives that text
     */
    public ElementContent readContent(boolean unwrapDiv) throws XmlReadException {
        int element = depth;
        String elementBase = base();
        String where = location();
        StringBuilder out = new StringBuilder();
        boolean markup = false;
        boolean cut = false;
        // The depth of the unwrapped div while inside it; MAX_VALUE once it has ended.
        int unwrappedDepth = -1;
        while (true) {
            Event event = advance();
            if (event == Event.EOF || event == Event.END && depth < element) {
                break;
            }
            switch (event) {
                case TEXT -> {
                    if (markup) {
                        cut |= appendEscapedCapped(out, rawText());
                    } else {
                        cut |= appendCapped(out, rawText());
                    }
                }
                case START -> {
                    if (unwrapDiv && unwrappedDepth < 0 && depth == element + 1
                            && localName.equals("div") && out.toString().isBlank()) {
                        unwrappedDepth = depth;
                        out.setLength(0);
                    } else {
                        if (!markup) {
                            String text = out.toString();
                            out.setLength(0);
                            PlainText.escapeInto(text, out);
                            markup = true;
                        }
                        if (out.length() < maxTextLength) {
                            appendStartTag(out, elementBase);
                        } else {
                            cut = true;
                        }
                    }
                }
                case END -> {
                    if (depth + 1 == unwrappedDepth) {
                        unwrappedDepth = Integer.MAX_VALUE;
                    } else if (!VOID_ELEMENTS.contains(localName) && out.length() < maxTextLength) {
                        out.append("</").append(localName).append('>');
                    }
                }
                case EOF -> { }
            }
        }
        if (cut) {
            reportCut(where);
        }
        return new ElementContent(repaired(out.toString()), markup);
    }

    private String repaired(String text) {
        return repairDoubleEncoding ? DoubleEncoding.repair(text) : text;
    }

    // ---- internals

    private Event advance() throws XmlReadException {
        Event event = advanceRaw();
        switch (event) {
            case START -> enter();
            case END -> {
                localName = rawLocalName();
                namespace = Namespaces.resolve(rawNamespace(), rawPrefix());
                depth--;
            }
            default -> { }
        }
        return event;
    }

    private void enter() throws XmlLimitException {
        depth++;
        if (depth > maxDepth) {
            throw new XmlLimitException("elements are nested more than " + maxDepth + " levels deep at " + location());
        }
        if (depth >= bases.length) {
            bases = Arrays.copyOf(bases, bases.length * 2);
            languages = Arrays.copyOf(languages, languages.length * 2);
        }
        localName = rawLocalName();
        namespace = Namespaces.resolve(rawNamespace(), rawPrefix());
        String xmlBase = null;
        String xmlLang = null;
        for (int i = 0, n = attributeCount(); i < n; i++) {
            if (Namespaces.XML.equals(attributeNamespace(i))) {
                switch (attributeLocalName(i)) {
                    case "base" -> xmlBase = attributeValue(i);
                    case "lang" -> xmlLang = attributeValue(i);
                    default -> { }
                }
            }
        }
        String parentBase = bases[depth - 1];
        // A base that could run code is no base; relative links keep the enclosing one.
        bases[depth] = xmlBase == null ? parentBase : firstNonNull(Urls.resolveSafe(parentBase, xmlBase), parentBase);
        languages[depth] = xmlLang == null ? languages[depth - 1] : language(xmlLang);
    }

    /** A language tag as written, trimmed, with the underscores some publishers use for hyphens. */
    private static String language(String xmlLang) {
        String tag = PlainText.blankToNull(xmlLang);
        return tag == null ? null : tag.replace('_', '-');
    }

    private static String firstNonNull(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private void appendStartTag(StringBuilder out, String contentBase) {
        out.append('<').append(localName);
        String elementBase = base();
        for (int i = 0, n = attributeCount(); i < n; i++) {
            String attributeNamespace = attributeNamespace(i);
            String attributeName = attributeLocalName(i);
            String name;
            if (attributeNamespace.isEmpty()) {
                name = attributeName;
            } else if (Namespaces.XLINK.equals(attributeNamespace)) {
                // The links of inline SVG and MathML, with the prefix HTML reads them by.
                name = "xlink:" + attributeName;
            } else {
                continue;
            }
            String value = attributeValue(i);
            if (URL_ATTRIBUTES.contains(attributeName) && elementBase != null && !elementBase.equals(contentBase)) {
                value = firstNonNull(Urls.resolve(elementBase, value), value);
            }
            out.append(' ').append(name).append("=\"");
            PlainText.escapeInto(value, out);
            out.append('"');
        }
        out.append('>');
    }

    private boolean appendCapped(StringBuilder out, String text) {
        int room = maxTextLength - out.length();
        if (text.length() <= room) {
            out.append(text);
            return false;
        }
        if (room > 0) {
            out.append(text, 0, room);
        }
        return true;
    }

    private boolean appendEscapedCapped(StringBuilder out, String text) {
        int room = maxTextLength - out.length();
        if (text.length() <= room) {
            PlainText.escapeInto(text, out);
            return false;
        }
        if (room > 0) {
            PlainText.escapeInto(text.substring(0, room), out);
        }
        return true;
    }

    /** Records a namespace declaration met while reading. */
    void declareNamespace(String prefix, String uri) {
        if (declaredNamespaces.size() < MAX_RECORDED_NAMESPACES) {
            declaredNamespaces.putIfAbsent(prefix == null ? "" : prefix, uri == null ? "" : uri);
        }
    }

    /** Notes markup that is not well-formed. */
    void reportMalformed(String problem) {
        problems.malformed(problem);
    }

    private void reportCut(String where) {
        problems.data("the content of <" + localName + "> at " + where + " was longer than "
                + maxTextLength + " characters and was cut");
    }
}
