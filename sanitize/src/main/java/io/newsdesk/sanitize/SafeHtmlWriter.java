package io.newsdesk.sanitize;

import java.util.Set;

/**
 * Writes the safe form of a stream of tags and text: allowed tags with their allowed attributes
 * (URLs absolute and of allowed schemes), text escaped, every other tag unwrapped (its text kept),
 * inert subtrees ({@code <template>}) and the scripts, styles and embedded HTML of SVG and MathML
 * dropped, and the tags balanced by the browser's nesting rules ({@link TreeRules},
 * {@link ForeignContent}). Links get {@code rel="noopener noreferrer nofollow"}, media players
 * their controls, SVG and MathML roots their namespace declaration. Complete character references
 * are written as the publisher spelled them.
 */
final class SafeHtmlWriter implements MarkupHandler {

    private static final String LINK_REL = " rel=\"noopener noreferrer nofollow\"";
    private static final String XLINK_DECLARATION = " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final Set<String> MEDIA_PLAYERS = Set.of("audio", "video");
    private static final Set<String> MEDIA_URLS = Set.of("src", "poster");
    private static final Set<String> FOREIGN_ROOTS = Set.of("svg", "math");
    /**
     * SVG and MathML elements whose content is never shown: code, styles, alternative encodings
     * of formulas, metadata, and embedded HTML (which, unwrapped, would end up in SVG or MathML
     * that cannot hold it).
     */
    private static final Set<String> FOREIGN_DROPPED = Set.of(
            "script", "style", "annotation", "metadata", "foreignobject", "annotation-xml");
    private static final TagAttributes NO_ATTRIBUTES = new TagAttributes();

    private final StringBuilder out;
    private final OpenElements open;
    private final UrlResolver urls;
    private String inertElement;
    private int inertDepth;
    /** The index in {@link #open} of the foreign element whose content is being dropped, or -1. */
    private int hiddenFrom = -1;
    private boolean visible;

    /**
     * @param baseUrl the base for relative URLs, or {@code null}
     * @param expectedLength the input's length, to size the output
     */
    SafeHtmlWriter(String baseUrl, int expectedLength) {
        this.out = new StringBuilder(expectedLength + 64);
        this.open = new OpenElements(out);
        this.urls = new UrlResolver(baseUrl);
    }

    @Override
    public void startTag(String name, TagAttributes attributes, boolean selfClosing) {
        if (inertDepth > 0) {
            if (name.equals(inertElement)) {
                inertDepth++;
            }
            return;
        }
        Namespace namespace = ForeignContent.startTag(name, attributes, open);
        if (namespace == Namespace.HTML) {
            // An HTML <image> is an <img> to browsers; only SVG has image elements.
            htmlStartTag(name.equals("image") ? "img" : name, attributes);
        } else {
            foreignStartTag(namespace, name, attributes, selfClosing);
        }
    }

    @Override
    public void endTag(String name) {
        if (inertDepth > 0) {
            if (name.equals(inertElement)) {
                inertDepth--;
            }
            return;
        }
        if (name.equals("br")) {
            // Browsers read </br> as <br>.
            startTag(name, NO_ATTRIBUTES, false);
        } else if (open.inForeignContent()) {
            ForeignContent.endTag(name, open);
        } else if (!ElementKinds.VOID.contains(name) && !ElementKinds.DOCUMENT.contains(name)) {
            TreeRules.endTag(name, open);
        }
    }

    @Override
    public void text(String text) {
        text(text, 0, text.length());
    }

    @Override
    public void text(String markup, int from, int to) {
        if (inertDepth > 0 || isHidden()) {
            return;
        }
        int start = out.length();
        HtmlText.appendText(markup, from, to, out);
        if (!visible) {
            // Judged on what was written, after the characters no document should hold were dropped.
            visible = HtmlText.hasVisibleCharacter(out, start);
        }
    }

    @Override
    public void characterReference(String decoded, String spelling) {
        if (inertDepth > 0 || isHidden()) {
            return;
        }
        out.append(spelling);
        if (!visible) {
            visible = HtmlText.hasVisibleCharacter(decoded, 0);
        }
    }

    @Override
    public boolean inForeignContent() {
        // An inert template's content is HTML.
        return inertDepth == 0 && open.inForeignContent();
    }

    /** Closes what is still open and returns the fragment, or {@code null} when nothing visible is in it. */
    String finish() {
        open.closeAll();
        return visible ? stripped(out) : null;
    }

    /** {@code out.toString().strip()} with one copy instead of two. */
    private static String stripped(StringBuilder out) {
        int start = 0;
        int end = out.length();
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    private void htmlStartTag(String name, TagAttributes attributes) {
        if (ElementKinds.INERT.contains(name)) {
            inertElement = name;
            inertDepth = 1;
            return;
        }
        boolean isVoid = ElementKinds.VOID.contains(name);
        if (ElementKinds.DOCUMENT.contains(name) || (!isVoid && open.isFull())
                || !TreeRules.beforeStartTag(name, open)) {
            return;
        }
        AllowList.TagPolicy policy = isHidden() ? null : AllowList.of(name);
        if (policy != null) {
            writeStartTag(name, policy, attributes);
        }
        // In HTML, <o:p/> opens an element like <o:p> does: browsers ignore the slash.
        if (!isVoid) {
            open.push(name, policy != null);
        }
    }

    /** An SVG or MathML element; written self-closed when it was, which only foreign content reads so. */
    private void foreignStartTag(Namespace namespace, String name, TagAttributes attributes, boolean selfClosing) {
        if (FOREIGN_DROPPED.contains(name) && !isHidden()) {
            if (!selfClosing) {
                // Opened even when nesting is at its limit: what it holds must stay hidden.
                open.push(name, false, namespace, ForeignContent.isIntegrationPoint(namespace, name, attributes));
                hiddenFrom = open.size() - 1;
            }
            return;
        }
        if (!selfClosing && open.isFull()) {
            return;
        }
        ForeignAllowList.ElementPolicy policy = isHidden() ? null : ForeignAllowList.element(namespace, name);
        if (policy != null) {
            writeForeignStartTag(namespace, policy, attributes, selfClosing);
        }
        if (!selfClosing) {
            open.push(policy != null ? policy.name() : name, policy != null, namespace,
                    ForeignContent.isIntegrationPoint(namespace, name, attributes));
        }
    }

    /**
     * Whether the current point is inside a foreign element whose content is dropped. Its
     * elements are opened as usual, unwritten, so that it ends where a browser ends it: at its end
     * tag, or where HTML breaks out of the foreign content around it.
     */
    private boolean isHidden() {
        if (hiddenFrom >= open.size()) {
            hiddenFrom = -1;
        }
        return hiddenFrom >= 0;
    }

    private void writeStartTag(String name, AllowList.TagPolicy policy, TagAttributes attributes) {
        out.append('<').append(name);
        boolean linked = false;
        for (int i = 0; i < attributes.size(); i++) {
            String attribute = attributes.name(i);
            if (!policy.allows(attribute)) {
                continue;
            }
            String value = attributes.value(i);
            Set<String> schemes = policy.schemesOf(attribute);
            if (schemes == null) {
                // An image's description is what a browser shows when there is no picture.
                visible |= attribute.equals("alt") && HtmlText.hasVisibleCharacter(value, 0);
                writeAttribute(attribute, value, attributes.spelling(i));
                continue;
            }
            value = urls.resolve(value, schemes);
            if (value == null) {
                continue;
            }
            linked |= attribute.equals("href");
            visible |= MEDIA_URLS.contains(attribute);
            writeAttribute(attribute, value, null);
        }
        if (linked) {
            out.append(LINK_REL);
        }
        if (MEDIA_PLAYERS.contains(name)) {
            out.append(" controls=\"\"");
        }
        out.append('>');
    }

    private void writeForeignStartTag(Namespace namespace, ForeignAllowList.ElementPolicy policy,
            TagAttributes attributes, boolean selfClosing) {
        String name = policy.name();
        out.append('<').append(name);
        if (FOREIGN_ROOTS.contains(name)) {
            // Declared, the fragment reads the same as XML (XHTML) as it does as HTML.
            out.append(" xmlns=\"").append(namespace.uri()).append('"');
        }
        boolean referenced = false;
        boolean xlink = false;
        for (int i = 0; i < attributes.size(); i++) {
            String attribute = attributes.name(i);
            String value = attributes.value(i);
            String spelling = null;
            if (attribute.equals("xlink:href") || attribute.equals("href") && namespace == Namespace.SVG) {
                value = reference(policy.href(), value);
                referenced |= value != null;
            } else if (attribute.equals("id") && namespace == Namespace.SVG) {
                value = FragmentIds.id(value);
            } else {
                attribute = ForeignAllowList.attribute(namespace, attribute);
                String checked = attribute == null ? null : FragmentIds.withLocalUrls(value);
                spelling = value.equals(checked) ? attributes.spelling(i) : null;
                value = checked;
            }
            if (value != null) {
                xlink |= attribute.startsWith("xlink:");
                writeAttribute(attribute, value, spelling);
            }
        }
        if (xlink) {
            out.append(XLINK_DECLARATION);
        }
        if (referenced && policy.href() == ForeignAllowList.Href.LINK && name.equals("a")) {
            out.append(LINK_REL);
        }
        out.append(selfClosing ? "/>" : ">");
        visible |= policy.drawn() && (policy.href() == ForeignAllowList.Href.NONE || referenced);
    }

    /** The value to write for a foreign element's link, or {@code null} when it may not point there. */
    private String reference(ForeignAllowList.Href href, String value) {
        return switch (href) {
            case LINK -> urls.resolve(value, AllowList.LINK);
            case IMAGE -> urls.resolve(value, AllowList.WEB);
            case LOCAL -> FragmentIds.reference(value);
            case NONE -> null;
        };
    }

    private void writeAttribute(String name, String value, String spelling) {
        out.append(' ').append(name).append("=\"");
        if (spelling != null) {
            HtmlText.appendSpelledAttribute(spelling, out);
        } else {
            HtmlText.appendAttribute(value, out);
        }
        out.append('"');
    }
}
