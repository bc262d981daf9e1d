package io.newsdesk.extract;

/**
 * Reads an HTML {@code srcset} ("a.jpg 300w, b.jpg 1200w" or "a.jpg 1x, b.jpg 2x"). URLs may
 * themselves contain commas (image CDNs put resize parameters there), so candidates are split the
 * way browsers do: a URL runs to the next whitespace, its descriptor to the next comma.
 */
final class Srcset {

    private Srcset() {}

    /** The URL of the widest (or densest) candidate, or {@code null} when there is none. */
    static String largest(String srcset) {
        String best = null;
        double bestSize = -1;
        int length = srcset.length();
        int i = 0;
        while (i < length) {
            while (i < length && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int urlStart = i;
            while (i < length && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(urlStart, i);
            boolean urlEndsCandidate = url.endsWith(",");
            while (url.endsWith(",")) {
                url = url.substring(0, url.length() - 1);
            }
            double size = 1;
            if (!urlEndsCandidate) {
                int descriptorStart = i;
                while (i < length && srcset.charAt(i) != ',') {
                    i++;
                }
                size = descriptorSize(srcset.substring(descriptorStart, i).strip());
            }
            if (!url.isEmpty() && size > bestSize) {
                best = url;
                bestSize = size;
            }
        }
        return best;
    }

    /** "1200w" → 1200, "2x" → 2 (densities and widths are not mixed within one srcset). */
    private static double descriptorSize(String descriptor) {
        if (descriptor.length() < 2) {
            return 1;
        }
        char unit = descriptor.charAt(descriptor.length() - 1);
        if (unit != 'w' && unit != 'x') {
            return 1;
        }
        try {
            return Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
