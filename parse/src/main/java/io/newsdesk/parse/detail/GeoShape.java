package io.newsdesk.parse.detail;

import java.util.List;
import java.util.Locale;

/**
 * Where an entry is about: a GeoRSS (simple or GML) point, line, polygon or box.
 *
 * @param kind the shape
 * @param positions the positions in document order, each as written: latitude, longitude and
 *     optionally elevation for geographic coordinates (see {@link #geographic()}), else the
 *     reference system's own axes; empty when the feed stated a shape whose coordinates are
 *     missing or too few
 * @param srsName the GML spatial reference system, or {@code null} for GeoRSS's default (WGS84)
 */
public record GeoShape(Kind kind, List<double[]> positions, String srsName) {

    /** The shapes GeoRSS defines. */
    public enum Kind {
        POINT,
        LINE,
        POLYGON,
        BOX
    }

    public GeoShape {
        positions = List.copyOf(positions);
    }

    /** {@code true} when the positions are latitude/longitude (WGS84 in 2D or 3D, or unstated). */
    public boolean geographic() {
        if (srsName == null) {
            return true;
        }
        String srs = srsName.toUpperCase(Locale.ROOT);
        return srs.endsWith("4326") || srs.endsWith("4979") || srs.contains("WGS84");
    }

    /** {@code true} when the coordinates could not be read. */
    public boolean isEmpty() {
        return positions.isEmpty();
    }
}
