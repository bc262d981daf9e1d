package io.newsdesk.extract;

import java.util.List;
import java.util.Set;

/**
 * Removes the site name pages append or prepend to their titles ("Headline | The Paper",
 * "The Paper - Headline").
 *
 * <p>A part is only removed on evidence that it is the site: it matches the site's stated name or
 * its host name, or the page's own {@code <h1>} is the rest of the title. Titles that merely
 * contain a dash keep it ("Covid-19 - what we know").
 */
final class TitleCleaner {

    private static final String[] SEPARATORS = {
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " // ", ": "
    };

    private static final Set<String> GENERIC_SECOND_LEVEL =
            Set.of("co", "com", "org", "net", "gov", "ac", "edu", "ne", "or");

    private TitleCleaner() {}

    static String clean(String title, String siteName, String host, List<String> headings) {
        if (title == null) {
            return null;
        }
        for (String heading : headings) {
            if (heading.length() >= 10 && heading.length() < title.length()
                    && isSeparatedPart(title, heading)) {
                return heading;
            }
        }
        String siteKey = key(siteName);
        String hostKey = key(host);
        String hostLabel = key(siteLabel(host));
        String cleaned = title;
        for (String separator : SEPARATORS) {
            int last = cleaned.lastIndexOf(separator);
            if (last > 0 && namesSite(cleaned.substring(last + separator.length()),
                    siteKey, hostKey, hostLabel)) {
                cleaned = cleaned.substring(0, last).strip();
            }
            int first = cleaned.indexOf(separator);
            if (first > 0 && namesSite(cleaned.substring(0, first), siteKey, hostKey, hostLabel)) {
                cleaned = cleaned.substring(first + separator.length()).strip();
            }
        }
        return cleaned.isEmpty() ? title : cleaned;
    }

    /** Whether {@code part} is all of the title before or after one of the separators. */
    private static boolean isSeparatedPart(String title, String part) {
        for (String separator : SEPARATORS) {
            if (title.startsWith(part + separator) || title.endsWith(separator + part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesSite(String part, String siteKey, String hostKey, String label) {
        String partKey = key(part);
        if (partKey.isEmpty()) {
            return false;
        }
        return partKey.equals(siteKey) || partKey.equals(hostKey) || partKey.equals(label)
                || (!label.isEmpty() && partKey.equals("the" + label));
    }

    /**
     * The label that names the site in a host: "cnn" in "edition.cnn.com", "bbc" in
     * "news.bbc.co.uk" (the label before the top-level domain and a generic second level).
     */
    private static String siteLabel(String host) {
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        int last = labels.length - 2;
        if (last > 0 && labels[labels.length - 1].length() == 2
                && GENERIC_SECOND_LEVEL.contains(labels[last])) {
            last--;
        }
        return last >= 0 ? labels[last] : host;
    }

    /** Letters and digits only, lower case: "The-Paper.com" and "the paper com" compare equal. */
    private static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
