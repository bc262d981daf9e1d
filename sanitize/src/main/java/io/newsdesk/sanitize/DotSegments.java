package io.newsdesk.sanitize;

/** Removes {@code .} and {@code ..} segments from a URL path (RFC 3986 section 5.2.4). */
final class DotSegments {

    private DotSegments() {}

    static String remove(String path) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        int n = path.length();
        while (i < n) {
            if (path.startsWith("../", i)) {
                i += 3;
            } else if (path.startsWith("./", i)) {
                i += 2;
            } else if (path.startsWith("/./", i)) {
                i += 2;
            } else if (isLast(path, i, "/.")) {
                out.append('/');
                i += 2;
            } else if (path.startsWith("/../", i)) {
                removeLastSegment(out);
                i += 3;
            } else if (isLast(path, i, "/..")) {
                removeLastSegment(out);
                out.append('/');
                i += 3;
            } else if (isLast(path, i, ".") || isLast(path, i, "..")) {
                i = n;
            } else {
                int next = path.indexOf('/', i + 1);
                int segmentEnd = next < 0 ? n : next;
                out.append(path, i, segmentEnd);
                i = segmentEnd;
            }
        }
        return out.toString();
    }

    private static boolean isLast(String path, int at, String segment) {
        return path.length() - at == segment.length() && path.startsWith(segment, at);
    }

    private static void removeLastSegment(StringBuilder out) {
        int slash = out.lastIndexOf("/");
        out.setLength(Math.max(slash, 0));
    }
}
