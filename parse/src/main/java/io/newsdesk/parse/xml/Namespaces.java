package io.newsdesk.parse.xml;

import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;

/**
 * The namespaces feeds use, and the spellings of them that occur in the wild.
 *
 * <p>The cursor reports every namespace through {@link #canonical(String)}, so format readers
 * compare against the constants here and never see the variants.
 */
public final class Namespaces {

    public static final String ATOM10 = "http://www.w3.org/2005/Atom";
    public static final String ATOM03 = "http://purl.org/atom/ns#";
    public static final String RSS10 = "http://purl.org/rss/1.0/";
    public static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    public static final String MEDIA = "http://search.yahoo.com/mrss/";
    public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static final String SLASH = "http://purl.org/rss/1.0/modules/slash/";
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String GEORSS = "http://www.georss.org/georss";
    public static final String GML = "http://www.opengis.net/gml";
    public static final String PSC = "http://podlove.org/simple-chapters";
    public static final String THREADING = "http://purl.org/syndication/thread/1.0";
    public static final String WFW = "http://wellformedweb.org/CommentAPI/";
    public static final String CC = "http://web.resource.org/cc/";
    public static final String CREATIVE_COMMONS = "http://backend.userland.com/creativeCommonsRssModule";
    public static final String FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0";
    public static final String XML = XMLConstants.XML_NS_URI;

    /** Userland's RSS namespaces (rss, rss2, rss2.1, …), which mean plain RSS. */
    private static final String USERLAND_RSS = "http://backend.userland.com/rss";

    /** Spellings publishers use for the namespaces above. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("http://search.yahoo.com/mrss", MEDIA),
            Map.entry("http://www.itunes.com/DTDs/Podcast-1.0.dtd", ITUNES),
            Map.entry("http://www.itunes.com/dtds/Podcast-1.0.dtd", ITUNES),
            Map.entry("https://www.itunes.com/dtds/podcast-1.0.dtd", ITUNES),
            Map.entry("http://purl.org/dc/elements/1.0/", DC),
            Map.entry("http://purl.org/dc/elements/1.1", DC),
            Map.entry("http://purl.org/rss/1.0/modules/content", CONTENT),
            Map.entry("http://www.w3.org/2005/Atom/", ATOM10),
            Map.entry("http://blogs.law.harvard.edu/tech/rss", ""));

    /** Namespaces for prefixes that feeds use without declaring them. */
    private static final Map<String, String> CONVENTIONAL_PREFIXES = Map.ofEntries(
            Map.entry("atom", ATOM10),
            Map.entry("content", CONTENT),
            Map.entry("dc", DC),
            Map.entry("dcterms", DCTERMS),
            Map.entry("georss", GEORSS),
            Map.entry("gml", GML),
            Map.entry("psc", PSC),
            Map.entry("thr", THREADING),
            Map.entry("wfw", WFW),
            Map.entry("cc", CC),
            Map.entry("creativecommons", CREATIVE_COMMONS),
            Map.entry("creativeCommons", CREATIVE_COMMONS),
            Map.entry("feedburner", FEEDBURNER),
            Map.entry("itunes", ITUNES),
            Map.entry("media", MEDIA),
            Map.entry("rdf", RDF),
            Map.entry("slash", SLASH),
            Map.entry("xhtml", XHTML),
            Map.entry("xml", XML));

    /** The namespaces Newsdesk reads, in their canonical spelling. */
    private static final Set<String> KNOWN = Set.copyOf(CONVENTIONAL_PREFIXES.values());

    private Namespaces() {}

    /**
     * The constant for a namespace URI; RSS 2.0's occasional namespaces (Userland's) map to no
     * namespace, like plain RSS 2.0. Never {@code null}.
     */
    public static String canonical(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "";
        }
        String known = VARIANTS.get(uri);
        if (known != null) {
            return known;
        }
        return uri.startsWith(USERLAND_RSS) ? "" : uri;
    }

    /**
     * The namespace of an element or attribute written with {@code prefix} in the namespace
     * {@code uri}: the canonical spelling of a namespace Newsdesk knows; for one it does not, the
     * namespace the prefix conventionally stands for (publishers misspell namespaces, as in
     * {@code xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd/"}); else the URI as it is.
     */
    public static String resolve(String uri, String prefix) {
        String canonical = canonical(uri);
        if (canonical.isEmpty() || KNOWN.contains(canonical) || prefix == null || prefix.isEmpty()) {
            return canonical;
        }
        String conventional = CONVENTIONAL_PREFIXES.get(prefix);
        return conventional != null ? conventional : canonical;
    }

    /** The namespace a prefix conventionally stands for, or {@code null} when there is no convention. */
    static String conventional(String prefix) {
        return CONVENTIONAL_PREFIXES.get(prefix);
    }
}
