package io.newsdesk.parse.module;

import io.newsdesk.parse.detail.GeoShape;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** GeoRSS Simple ({@code georss:point}, …) and GeoRSS GML ({@code georss:where} around GML) locations. */
final class GeoElements {

    private static final int MAX_NUMBERS = 10_000;

    private GeoElements() {}

    /**
     * Reads a {@code georss:} element of an entry.
     *
     * @return {@code false} when the element is not one Newsdesk maps (it is left unconsumed)
     */
    static boolean readGeoRss(XmlCursor cursor, EntryBuilder entry, Problems problems) throws XmlReadException {
        GeoShape.Kind kind = switch (cursor.localName()) {
            case "point" -> GeoShape.Kind.POINT;
            case "line" -> GeoShape.Kind.LINE;
            case "polygon" -> GeoShape.Kind.POLYGON;
            case "box" -> GeoShape.Kind.BOX;
            default -> null;
        };
        if (kind != null) {
            entry.where(shape(kind, cursor.readText(), 2, null, problems));
            return true;
        }
        if (!cursor.localName().equals("where")) {
            return false;
        }
        int where = cursor.depth();
        while (cursor.nextChild(where)) {
            if (cursor.namespace().equals(Namespaces.GML)) {
                readGml(cursor, entry, problems);
            }
        }
        return true;
    }

    /**
     * Reads a GML geometry ({@code gml:Point}, {@code LineString}, {@code Polygon}, {@code Envelope}).
     *
     * @return {@code false} when the element is not one Newsdesk maps (it is left unconsumed)
     */
    static boolean readGml(XmlCursor cursor, EntryBuilder entry, Problems problems) throws XmlReadException {
        GeoShape.Kind kind = switch (cursor.localName()) {
            case "Point" -> GeoShape.Kind.POINT;
            case "LineString" -> GeoShape.Kind.LINE;
            case "Polygon" -> GeoShape.Kind.POLYGON;
            case "Envelope" -> GeoShape.Kind.BOX;
            default -> null;
        };
        if (kind == null) {
            return false;
        }
        String srsName = FieldValues.attribute(cursor, "srsName");
        Long dimension = FieldValues.count(cursor.attribute("srsDimension"));
        int dimensions = dimension != null && dimension == 3 ? 3 : 2;
        // The coordinates are in pos, posList, lowerCorner and upperCorner, however deep (a
        // polygon's are in exterior/LinearRing); their text in order is the shape's.
        StringBuilder numbers = new StringBuilder();
        int geometry = cursor.depth();
        while (cursor.nextChild(geometry)) {
            collectCoordinates(cursor, numbers);
        }
        entry.where(shape(kind, numbers.toString(), dimensions, srsName, problems));
        return true;
    }

    private static void collectCoordinates(XmlCursor cursor, StringBuilder numbers) throws XmlReadException {
        if (!cursor.namespace().equals(Namespaces.GML)) {
            return;
        }
        switch (cursor.localName()) {
            case "pos", "posList", "lowerCorner", "upperCorner" -> numbers.append(' ').append(cursor.readText());
            default -> {
                int parent = cursor.depth();
                while (cursor.nextChild(parent)) {
                    collectCoordinates(cursor, numbers);
                }
            }
        }
    }

    /** A shape from whitespace-separated numbers; without positions when they are too few or not numbers. */
    private static GeoShape shape(GeoShape.Kind kind, String text, int dimensions, String srsName, Problems problems) {
        List<double[]> positions = positions(text, dimensions);
        int needed = switch (kind) {
            case POINT -> 1;
            case LINE, BOX -> 2;
            case POLYGON -> 4;
        };
        if (positions.size() < needed || kind == GeoShape.Kind.POINT && positions.size() > 1) {
            problems.data("the GeoRSS " + kind.name().toLowerCase(Locale.ROOT)
                    + " has unreadable or too few coordinates; it was ignored");
            return new GeoShape(kind, List.of(), srsName);
        }
        return new GeoShape(kind, positions, srsName);
    }

    private static List<double[]> positions(String text, int dimensions) {
        String trimmed = PlainText.blankToNull(text);
        if (trimmed == null) {
            return List.of();
        }
        String[] parts = trimmed.split("[\\s,]+");
        if (parts.length % dimensions != 0 || parts.length > MAX_NUMBERS) {
            return List.of();
        }
        List<double[]> positions = new ArrayList<>(parts.length / dimensions);
        try {
            for (int i = 0; i < parts.length; i += dimensions) {
                double[] position = new double[dimensions];
                for (int k = 0; k < dimensions; k++) {
                    position[k] = Double.parseDouble(parts[i + k]);
                }
                positions.add(position);
            }
        } catch (NumberFormatException notNumbers) {
            return List.of();
        }
        return positions;
    }
}
