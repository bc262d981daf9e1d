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
 * would (jsoup's HTML5 parser) and searched for anything active, with rules written without
 * reference to the sanitizer's own allow-list.
 */
final class SafetyChecker {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
            "input", "button", "select", "textarea", "meta", "link", "base", "svg", "math", "template",
            "noscript", "title", "xmp", "plaintext", "noembed", "noframes", "param", "isindex");
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "cite", "poster", "action", "formaction", "background", "data", "srcset",
            "xlink:href", "lowsrc", "dynsrc", "longdesc", "usemap", "manifest", "ping");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

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
            if (FORBIDDEN_ELEMENTS.contains(name) || name.contains(":")) {
                problems.add("element <" + name + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc") || key.equals("formaction")) {
                    problems.add("attribute " + key + " on <" + name + ">");
                }
                if (URL_ATTRIBUTES.contains(key) && !isSafeUrl(attribute.getValue())) {
                    problems.add("URL " + key + "=\"" + attribute.getValue() + "\" on <" + name + ">");
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
}
