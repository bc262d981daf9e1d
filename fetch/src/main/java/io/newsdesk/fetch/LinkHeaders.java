package io.newsdesk.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code Link} header values (RFC 8288): {@code <url>; rel="alternate"; type="…", <url2>; rel=hub}.
 * Lenient like browsers: a link that cannot be read is skipped and reading goes on with the next;
 * nothing here throws on what a server sends.
 */
final class LinkHeaders {

    /** More than any real response carries; a bound on the work a hostile header can cause. */
    static final int MAX_LINKS = 64;

    private LinkHeaders() {}

    /**
     * The links in the header values, in order, with targets resolved against {@code base};
     * links whose target is not an http(s) URL are left out.
     */
    static List<WebLink> parse(List<String> values, URI base) {
        List<WebLink> links = new ArrayList<>();
        for (String value : values) {
            Cursor cursor = new Cursor(value);
            while (links.size() < MAX_LINKS && cursor.skipSeparators()) {
                RawLink raw = cursor.readLink();
                if (raw != null) {
                    toLink(raw, base, links);
                }
            }
        }
        return links;
    }

    private static void toLink(RawLink raw, URI base, List<WebLink> links) {
        URI target;
        try {
            target = FetchUrls.resolveLink(base, raw.target());
        } catch (FetchException e) {
            return;
        }
        String rel = raw.params().getOrDefault("rel", "");
        Set<String> relations = Arrays.stream(rel.strip().split("\\s+"))
                .filter(relation -> !relation.isEmpty())
                .map(relation -> relation.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        links.add(new WebLink(target.toString(), relations, raw.params().get("type"), raw.params().get("title")));
    }

    /** A link as written: the target between angle brackets and the first value of each parameter. */
    private record RawLink(String target, Map<String, String> params) {}

    /** Walks one header value. */
    private static final class Cursor {

        private final String text;
        private int at;

        Cursor(String text) {
            this.text = text;
        }

        /** Skips whitespace and commas between links; {@code false} at the end. */
        boolean skipSeparators() {
            while (at < text.length() && (text.charAt(at) == ',' || isSpace(text.charAt(at)))) {
                at++;
            }
            return at < text.length();
        }

        /** Reads one link, or skips to the next one and returns {@code null} when it is malformed. */
        RawLink readLink() {
            if (text.charAt(at) != '<') {
                skipToNextLink();
                return null;
            }
            int close = text.indexOf('>', at + 1);
            if (close < 0) {
                at = text.length();
                return null;
            }
            String target = text.substring(at + 1, close).strip();
            at = close + 1;
            Map<String, String> params = new HashMap<>();
            while (true) {
                skipSpaces();
                if (at >= text.length() || text.charAt(at) == ',') {
                    return new RawLink(target, params);
                }
                if (text.charAt(at) != ';') {
                    skipToNextLink();
                    return null;
                }
                at++;
                readParam(params);
            }
        }

        /** Reads {@code name[=value]}; RFC 8288 says only the first occurrence of a parameter counts. */
        private void readParam(Map<String, String> params) {
            skipSpaces();
            int start = at;
            while (at < text.length() && "=;,".indexOf(text.charAt(at)) < 0 && !isSpace(text.charAt(at))) {
                at++;
            }
            String name = text.substring(start, at).toLowerCase(Locale.ROOT);
            skipSpaces();
            String value = "";
            if (at < text.length() && text.charAt(at) == '=') {
                at++;
                skipSpaces();
                value = at < text.length() && text.charAt(at) == '"' ? readQuoted() : readToken();
            }
            if (!name.isEmpty()) {
                params.putIfAbsent(name, value);
            }
        }

        private String readToken() {
            int start = at;
            while (at < text.length() && ";,".indexOf(text.charAt(at)) < 0 && !isSpace(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at);
        }

        /** A quoted string with backslash escapes; an unterminated one runs to the end. */
        private String readQuoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && at < text.length()) {
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            return value.toString();
        }

        /** Moves past the next comma that is outside angle brackets and quotes. */
        private void skipToNextLink() {
            boolean quoted = false;
            boolean bracketed = false;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (quoted) {
                    if (c == '\\') {
                        at++;
                    } else if (c == '"') {
                        quoted = false;
                    }
                } else if (bracketed) {
                    bracketed = c != '>';
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '<') {
                    bracketed = true;
                } else if (c == ',') {
                    return;
                }
            }
        }

        private void skipSpaces() {
            while (at < text.length() && isSpace(text.charAt(at))) {
                at++;
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t';
        }
    }
}
