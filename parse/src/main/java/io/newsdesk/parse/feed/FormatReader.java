package io.newsdesk.parse.feed;

import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/** Maps one XML feed format onto a {@link DocumentBuilder}. */
public interface FormatReader {

    /**
     * Reads the document whose root element the cursor is on, to the root's end.
     *
     * @param cursor positioned on the root element's start
     * @param document receives the version, the feed, the entries and the problems found
     */
    void read(XmlCursor cursor, DocumentBuilder document) throws XmlReadException;
}
