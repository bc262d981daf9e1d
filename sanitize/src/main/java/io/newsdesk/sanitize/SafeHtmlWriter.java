package io.newsdesk.sanitize;

import java.util.Set;

/**
 * Writes the safe form of a stream of tags and text: allowed tags with their allowed attributes
 * (URLs absolute and of allowed schemes), text escaped, every other tag unwrapped (its text kept),
 * inert subtrees ({@code <template>}) dropped, and the tags balanced by the browser's nesting
 * rules ({@link TreeRules}). Links get {@code rel="noopener noreferrer nofollow"}, media players
 * their controls.
 */
final class SafeHtmlWriter implements MarkupHandler {

    private static final String LINK_REL = " rel=\"noopener noreferrer nofollow\"";
    private static final Set<String> MEDIA_PLAYERS = Set.of("audio", "video");
    private static final Set<String> MEDIA_URLS = Set.of("src", "poster");
    private static final TagAttributes NO_ATTRIBUTES = new TagAttributes();

    private final StringBuilder out;
    private final OpenElements open;
    private final UrlResolver urls;
    private String inertElement;
    private int inertDepth;
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
        AllowList.TagPolicy policy = AllowList.of(name);
        if (policy != null) {
            writeStartTag(name, policy, attributes);
        }
        // A self-closing foreign or unknown tag (<o:p/>, <path/>) has no content to wait for.
        if (!isVoid && (policy != null || !selfClosing)) {
            open.push(name, policy != null);
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
            return;
        }
        if (!ElementKinds.VOID.contains(name) && !ElementKinds.DOCUMENT.contains(name)) {
            TreeRules.endTag(name, open);
        }
    }

    @Override
    public void text(String text) {
        if (inertDepth > 0) {
            return;
        }
        int start = out.length();
        HtmlText.appendText(text, out);
        if (!visible) {
            // Judged on what was written, after the characters no document should hold were dropped.
            visible = HtmlText.hasVisibleCharacter(out, start);
        }
    }

    /** Closes what is still open and returns the fragment, or {@code null} when nothing visible is in it. */
    String finish() {
        open.closeAll();
        return visible ? out.toString().strip() : null;
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
            if (schemes != null) {
                value = urls.resolve(value, schemes);
                if (value == null) {
                    continue;
                }
                linked |= attribute.equals("href");
                visible |= MEDIA_URLS.contains(attribute);
            }
            out.append(' ').append(attribute).append("=\"");
            HtmlText.appendAttribute(value, out);
            out.append('"');
        }
        if (linked) {
            out.append(LINK_REL);
        }
        if (MEDIA_PLAYERS.contains(name)) {
            out.append(" controls=\"\"");
        }
        out.append('>');
    }
}
