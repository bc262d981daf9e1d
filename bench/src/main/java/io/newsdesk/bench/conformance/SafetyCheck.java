package io.newsdesk.bench.conformance;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.DomainProjection;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.detail.Podcast;
import io.newsdesk.parse.detail.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Whether what the reader would render from a parsed feed is inert: every HTML field of the
 * detailed result and of the domain projection, parsed as a browser would (with SVG and MathML in
 * their namespaces), must have no element that runs or loads anything, no event handler, no
 * style, and no {@code javascript:}, {@code vbscript:} or {@code data:} URL. Inline SVG and
 * MathML may be there, but inert too: no scripts, styles or animation (which can rewrite a link or
 * a handler), no embedded HTML, no {@code <use>} of another document, and no CSS {@code url()}
 * to one.
 */
final class SafetyCheck {

    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
            "button", "select", "textarea", "meta", "link", "base", "template", "noscript");

    private static final Set<String> ACTIVE_FOREIGN_ELEMENTS = Set.of(
            "script", "style", "foreignobject", "animate", "animatemotion", "animatetransform", "animatecolor",
            "set", "discard", "handler", "listener", "annotation-xml", "maction", "iframe", "embed", "object");

    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "action", "formaction", "poster", "background", "data", "lowsrc", "dynsrc", "srcset",
            "cite", "longdesc", "usemap", "xlink:href");

    private SafetyCheck() {}

    /** What is unsafe in the rendering of a parsed document; empty when it is safe. */
    static List<String> violations(ParsedFeed parsed) {
        List<String> found = new ArrayList<>();
        List<String> html = new ArrayList<>();
        metadataHtml(parsed.feed(), html);
        for (ParsedEntry entry : parsed.entries()) {
            texts(html, entry.title(), entry.summary(), entry.rights());
            entry.content().forEach(text -> texts(html, text));
            podcastHtml(entry.podcast(), html);
            if (entry.source() != null) {
                metadataHtml(entry.source(), html);
            }
        }
        FeedDocument document = DomainProjection.document(parsed);
        for (Entry entry : document.entries()) {
            addIfPresent(html, entry.summary());
            addIfPresent(html, entry.content());
        }
        for (String fragment : html) {
            check(fragment, found);
        }
        return found;
    }

    private static void metadataHtml(FeedMetadata feed, List<String> html) {
        texts(html, feed.title(), feed.subtitle(), feed.rights(), feed.info());
        podcastHtml(feed.podcast(), html);
    }

    private static void podcastHtml(Podcast podcast, List<String> html) {
        if (podcast != null) {
            texts(html, podcast.subtitle(), podcast.summary());
        }
    }

    private static void texts(List<String> html, Text... texts) {
        for (Text text : texts) {
            if (text != null) {
                addIfPresent(html, text.html());
            }
        }
    }

    private static void addIfPresent(List<String> html, String fragment) {
        if (fragment != null) {
            html.add(fragment);
        }
    }

    /** Checks one fragment, as a browser would parse it. */
    static void check(String fragment, List<String> found) {
        for (Element element : Jsoup.parseBodyFragment(fragment).body().getAllElements()) {
            String tag = element.normalName();
            boolean foreign = !element.tag().namespace().equals(Parser.NamespaceHtml);
            if ((foreign ? ACTIVE_FOREIGN_ELEMENTS : ACTIVE_ELEMENTS).contains(tag)) {
                found.add("<" + tag + "> element" + (foreign ? " in " + element.tag().namespace() : ""));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on")) {
                    found.add("event handler " + name + " on <" + tag + ">");
                } else if (name.equals("style")) {
                    found.add("style attribute on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(name) && activeUrl(value)) {
                    found.add(name + "=\"" + value + "\" on <" + tag + ">");
                } else if (foreign && tag.equals("use") && URL_ATTRIBUTES.contains(name) && !value.strip().startsWith("#")) {
                    found.add("<use> of another document: " + name + "=\"" + value + "\"");
                } else if (foreign && !URL_ATTRIBUTES.contains(name) && loadsAnotherDocument(value)) {
                    found.add("CSS url() to another document: " + name + "=\"" + value + "\" on <" + tag + ">");
                }
            }
        }
    }

    /** A CSS {@code url()} (as an SVG presentation attribute may hold) not to an element of the fragment; with a CSS escape, any function. */
    private static boolean loadsAnotherDocument(String value) {
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

    /** A URL a browser would run or render inline, whatever whitespace or case hides its scheme. */
    private static boolean activeUrl(String value) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ') {
                continue;
            }
            if (c == ':') {
                break;
            }
            scheme.append(Character.toLowerCase(c));
        }
        String s = scheme.toString();
        return s.equals("javascript") || s.equals("vbscript") || s.equals("data") || s.equals("livescript");
    }
}
