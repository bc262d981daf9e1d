package io.newsdesk.service.websub;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.parse.encoding.DocumentDecoder;
import io.newsdesk.service.json.Json;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the hub and self links a feed document declares for itself: {@code <atom:link rel="hub">}
 * and {@code rel="self"} among the children of an Atom {@code <feed>} or an RSS/RDF
 * {@code <channel>}, or a JSON Feed's {@code hubs} and {@code feed_url}.
 *
 * <p>A stopgap until the parser exposes a document's own links: only the document's head (what
 * comes before its first entry) is read, with a forgiving XML parser, so that links of entries
 * never count and a large feed costs little.
 */
final class DocumentHubLinks {

    /** The first entry of an RSS, RDF or Atom document, with or without a namespace prefix. */
    private static final Pattern FIRST_ENTRY = Pattern.compile("<(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)[\\s/>]");

    private DocumentHubLinks() {}

    /**
     * The links the document declares.
     *
     * @param body the document as fetched
     * @param contentType the response's Content-Type (its charset counts), or {@code null}
     * @param url where the document came from, which relative links are resolved against
     */
    static HubLinks find(byte[] body, String contentType, String url) {
        return looksLikeJson(body) ? fromJsonFeed(body, url) : fromXml(body, contentType, url);
    }

    private static HubLinks fromXml(byte[] body, String contentType, String url) {
        String text = DocumentDecoder.decode(body, contentType).text();
        Matcher entry = FIRST_ENTRY.matcher(text);
        String head = entry.find() ? text.substring(0, entry.start()) : text;
        Document document = Jsoup.parse(head, url == null ? "" : url, Parser.xmlParser());
        HubLinks.Builder links = new HubLinks.Builder(url);
        for (Element element : document.getAllElements()) {
            String name = localName(element);
            if (name.equals("feed") || name.equals("channel")) {
                for (Element child : element.children()) {
                    if (localName(child).equals("link") && child.hasAttr("rel")) {
                        links.add(child.attr("rel"), child.attr("href"));
                    }
                }
                break;
            }
        }
        return links.build();
    }

    private static HubLinks fromJsonFeed(byte[] body, String url) {
        JsonNode feed;
        try {
            feed = Json.mapper().readTree(body);
        } catch (IOException e) {
            return HubLinks.NONE;
        }
        if (feed == null || !feed.isObject()) {
            return HubLinks.NONE;
        }
        HubLinks.Builder links = new HubLinks.Builder(url);
        for (JsonNode hub : feed.path("hubs")) {
            String type = hub.path("type").asText("");
            if (type.equalsIgnoreCase("WebSub") || type.equalsIgnoreCase("PubSubHubbub")) {
                links.add("hub", hub.path("url").asText(null));
            }
        }
        links.add("self", feed.path("feed_url").asText(null));
        return links.build();
    }

    private static String localName(Element element) {
        String tag = element.tagName();
        return tag.substring(tag.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeJson(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        return i < body.length && body[i] == '{';
    }
}
