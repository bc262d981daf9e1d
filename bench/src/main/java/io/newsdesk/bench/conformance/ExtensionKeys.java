package io.newsdesk.bench.conformance;

import java.util.Locale;
import java.util.Map;

/**
 * The keys feedparser stores elements it has no special handling for under: the namespace's
 * conventional prefix (whatever the document called it), an underscore and the local name, in
 * lower case; elements of the feed formats' own namespaces have no prefix.
 */
final class ExtensionKeys {

    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("", ""),
            Map.entry("http://www.w3.org/2005/Atom", ""),
            Map.entry("http://purl.org/atom/ns#", ""),
            Map.entry("http://purl.org/rss/1.0/", ""),
            Map.entry("http://my.netscape.com/rdf/simple/0.9/", ""),
            Map.entry("http://backend.userland.com/rss", ""),
            Map.entry("http://backend.userland.com/rss2", ""),
            Map.entry("http://purl.org/dc/elements/1.1/", "dc"),
            Map.entry("http://purl.org/dc/terms/", "dcterms"),
            Map.entry("http://purl.org/rss/1.0/modules/content/", "content"),
            Map.entry("http://purl.org/rss/1.0/modules/slash/", "slash"),
            Map.entry("http://purl.org/rss/1.0/modules/syndication/", "sy"),
            Map.entry("http://purl.org/rss/1.0/modules/annotate/", "annotate"),
            Map.entry("http://wellformedweb.org/CommentAPI/", "wfw"),
            Map.entry("http://search.yahoo.com/mrss/", "media"),
            Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", "itunes"),
            Map.entry("http://purl.org/syndication/thread/1.0", "thr"),
            Map.entry("http://www.georss.org/georss", "georss"),
            Map.entry("http://www.opengis.net/gml", "gml"),
            Map.entry("http://podlove.org/simple-chapters", "psc"),
            Map.entry("http://webns.net/mvcb/", "admin"),
            Map.entry("http://web.resource.org/cc/", "cc"),
            Map.entry("http://backend.userland.com/creativeCommonsRssModule", "creativecommons"),
            Map.entry("http://www.w3.org/1999/xhtml", "xhtml"),
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf"),
            Map.entry("http://madskills.com/public/xml/rss/module/trackback/", "trackback"),
            Map.entry("http://www.w3.org/2003/01/geo/wgs84_pos#", "geo"),
            Map.entry("http://rssnamespace.org/feedburner/ext/1.0", "feedburner"));

    private ExtensionKeys() {}

    /** The key for an element. */
    static String key(String namespace, String documentPrefix, String localName) {
        String prefix = PREFIXES.getOrDefault(namespace, documentPrefix == null ? "" : documentPrefix);
        String key = prefix.isEmpty() ? localName : prefix + "_" + localName;
        return key.toLowerCase(Locale.ROOT);
    }
}
