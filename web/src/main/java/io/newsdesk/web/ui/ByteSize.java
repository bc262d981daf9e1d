package io.newsdesk.web.ui;

import java.util.Locale;

/** Writes file sizes the way people read them: "830 B", "4.2 MB", "61 MB", "1.3 GB". */
public final class ByteSize {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

    private ByteSize() {}

    /**
     * Formats {@code bytes} in decimal units (1 KB = 1000 B, as podcast apps and disks label them),
     * with one decimal below 10 of a unit.
     *
     * @param bytes a size, or {@code null} when unknown
     * @return the size, or {@code null} for an unknown or negative size
     */
    public static String format(Long bytes) {
        if (bytes == null || bytes < 0) {
            return null;
        }
        double value = bytes;
        int unit = 0;
        while (true) {
            boolean oneDecimal = unit > 0 && value < 9.95;
            double shown = oneDecimal ? Math.round(value * 10) / 10.0 : Math.round(value);
            // The unit is chosen on the rounded figure, so 999,960 bytes reads "1.0 MB", not "1000 KB".
            if (shown < 1000 || unit == UNITS.length - 1) {
                return String.format(Locale.ROOT, oneDecimal ? "%.1f %s" : "%.0f %s", shown, UNITS[unit]);
            }
            value /= 1000;
            unit++;
        }
    }
}
