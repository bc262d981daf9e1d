package io.newsdesk.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Schema.org microdata ({@code itemprop} attributes) on the visible page: the first element
 * carrying each property, and its value by the microdata rules (a link's {@code href}, an image's
 * {@code src}, a time's {@code datetime}, otherwise the text).
 */
final class Microdata {

    private final Map<String, Element> firstByProperty = new HashMap<>();

    Microdata(List<Element> itemprops) {
        for (Element element : itemprops) {
            for (String property : properties(element)) {
                firstByProperty.putIfAbsent(property, element);
            }
        }
    }

    /** The value of the first element with the property, or {@code null}. */
    String value(String property) {
        Element element = firstByProperty.get(property);
        return element == null ? null : valueOf(element);
    }

    /** The author's name: the {@code name} inside an author item, or the author's own text. */
    String authorName() {
        Element author = firstByProperty.get("author");
        if (author == null) {
            return null;
        }
        for (Element inner : author.getElementsByAttribute("itemprop")) {
            if (inner != author && properties(inner).contains("name")) {
                return valueOf(inner);
            }
        }
        return valueOf(author);
    }

    /** An element's {@code itemprop} names: a space-separated list. */
    private static List<String> properties(Element element) {
        String value = element.attr("itemprop").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(" +"));
    }

    private static String valueOf(Element element) {
        String attribute = switch (element.normalName()) {
            case "img", "audio", "video", "source", "embed", "iframe", "track" -> "src";
            case "a", "area", "link" -> "href";
            case "object" -> "data";
            case "data", "meter" -> "value";
            case "time" -> "datetime";
            default -> "content";
        };
        String value = element.attr(attribute);
        if (!value.isBlank()) {
            return value.strip();
        }
        String text = element.text();
        return text.isBlank() ? null : text;
    }
}
