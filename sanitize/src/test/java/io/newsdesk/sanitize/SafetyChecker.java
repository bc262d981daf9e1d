package io.newsdesk.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * An independent check that sanitized HTML is safe to display: the output is parsed as a browser
 * would (jsoup's HTML5 parser, which also puts SVG and MathML in their namespaces) and searched
 * for anything active, with rules written without reference to the sanitizer's own allow-lists.
 * Inline SVG and MathML may be there, but inert: no scripts or styles, no animation (which can
 * rewrite a link or a handler), no HTML embedded in them, and no reference outside the fragment
 * but web and mail addresses.
 */
final class SafetyChecker {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
            "input", "button", "select", "textarea", "meta", "link", "base", "template",
            "noscript", "title", "xmp", "plaintext", "noembed", "noframes", "param", "isindex");
    private static final Set<String> FORBIDDEN_FOREIGN_ELEMENTS = Set.of(
            "script", "style", "foreignobject", "animate", "animatemotion", "animatetransform", "animatecolor",
            "set", "discard", "handler", "listener", "annotation-xml", "maction", "iframe", "embed", "object");
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "cite", "poster", "action", "formaction", "background", "data", "srcset",
            "xlink:href", "lowsrc", "dynsrc", "longdesc", "usemap", "manifest", "ping");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    private static final String HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private SafetyChecker() {}

    /** What makes the HTML unsafe, one line per problem; empty when it is safe. */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        if (html == null) {
            return problems;
        }
        if (html.toLowerCase(Locale.ROOT).contains("<!--")) {
            problems.add("a comment");
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String name = element.normalName();
            boolean foreign = !HTML_NAMESPACE.equals(element.tag().namespace());
            if ((foreign ? FORBIDDEN_FOREIGN_ELEMENTS : FORBIDDEN_ELEMENTS).contains(name) || name.contains(":")) {
                problems.add("element <" + name + ">" + (foreign ? " in " + element.tag().namespace() : ""));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction")) {
                    problems.add("attribute " + key + " on <" + name + ">");
                }
                boolean sameFragment = value.strip().startsWith("#");
                if (URL_ATTRIBUTES.contains(key) && !sameFragment && !isSafeUrl(value)) {
                    problems.add("URL " + key + "=\"" + value + "\" on <" + name + ">");
                }
                if (name.equals("use") && URL_ATTRIBUTES.contains(key) && !sameFragment) {
                    problems.add("<use> of another document: " + key + "=\"" + value + "\"");
                }
                // A URL attribute holds an address, not CSS: "url(" in it is inert text, and its
                // scheme is checked above.
                if (foreign && !URL_ATTRIBUTES.contains(key) && loadsFromElsewhere(value)) {
                    problems.add("CSS url() to another document: " + key + "=\"" + value + "\" on <" + name + ">");
                }
            }
        }
        return problems;
    }

    /** An absolute URL whose scheme, as a browser reads it (controls and spaces ignored), is a safe one. */
    private static boolean isSafeUrl(String url) {
        StringBuilder cleaned = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ') {
                cleaned.append(c);
            }
        }
        String lower = cleaned.toString().toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        return colon > 0 && ALLOWED_SCHEMES.contains(lower.substring(0, colon));
    }

    /**
     * A CSS {@code url()} (as an SVG presentation attribute may hold) that is not a reference
     * within the fragment; with a CSS escape, any function could be one.
     */
    private static boolean loadsFromElsewhere(String value) {
        String compact = value.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (compact.contains("\\")) {
            return compact.contains("(");
        }
        for (int url = compact.indexOf("url("); url >= 0; url = compact.indexOf("url(", url + 1)) {
            if (!compact.startsWith("#", url + 4)) {
                return true;
            }
        }
        return false;
    }
}
