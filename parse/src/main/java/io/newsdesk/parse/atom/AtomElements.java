package io.newsdesk.parse.atom;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.Generator;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.feed.CommonFields;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.LinkElement;
import io.newsdesk.parse.feed.MetadataBuilder;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.module.ModuleElements;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/**
 * The elements of Atom 1.0 and 0.3 feeds, entries and sources, also read where RSS borrows them.
 * Atom 0.3's names ({@code tagline}, {@code copyright}, {@code issued}, {@code modified}) are read
 * as their 1.0 counterparts.
 */
public final class AtomElements {

    private AtomElements() {}

    /**
     * Reads a child of a feed or of an entry's source, consuming it.
     *
     * @param atom10 {@code true} for Atom 1.0 (and Atom borrowed by RSS), {@code false} for 0.3
     * @return {@code false} when it is not a metadata element (an entry), left unconsumed
     */
    public static boolean readMetadataChild(XmlCursor cursor, MetadataBuilder feed, boolean atom10, Problems problems)
            throws XmlReadException {
        if (readCommon(cursor, feed, atom10, problems)) {
            return true;
        }
        switch (cursor.localName()) {
            case "subtitle", "tagline" -> feed.subtitle(AtomText.read(cursor, atom10));
            case "info" -> feed.info(AtomText.read(cursor, atom10));
            case "id" -> feed.id(id(cursor));
            case "link" -> feed.link(LinkElement.read(cursor));
            case "generator" -> feed.generator(generator(cursor));
            case "icon" -> feed.icon(FieldValues.url(cursor));
            case "logo" -> feed.logo(FieldValues.url(cursor));
            case "entry", "item" -> {
                return false;
            }
            default -> ModuleElements.keep(cursor, feed);
        }
        return true;
    }

    /**
     * Reads a child of an entry, consuming it.
     *
     * @param atom the namespace of the Atom elements around it
     */
    public static void readEntryChild(XmlCursor cursor, EntryBuilder entry, String atom, Problems problems)
            throws XmlReadException {
        boolean atom10 = !atom.equals(Namespaces.ATOM03);
        if (readCommon(cursor, entry, atom10, problems)) {
            return;
        }
        switch (cursor.localName()) {
            case "id" -> entry.id(id(cursor), false);
            case "link" -> entry.link(LinkElement.read(cursor));
            case "summary" -> entry.summary(AtomText.read(cursor, atom10));
            case "content" -> entry.content(AtomText.readContent(cursor, atom10));
            case "expired" -> entry.expired(FieldValues.date(cursor, problems));
            case "source" -> {
                MetadataBuilder source = new MetadataBuilder();
                int element = cursor.depth();
                while (cursor.nextChild(element)) {
                    if (cursor.namespace().equals(atom) || cursor.namespace().equals(Namespaces.ATOM10)) {
                        readMetadataChild(cursor, source, atom10, problems);
                    } else {
                        ModuleElements.readChannelElement(cursor, source, problems);
                    }
                }
                entry.source(source.build());
            }
            default -> ModuleElements.keep(cursor, entry);
        }
    }

    /** The elements feeds and entries share. */
    private static boolean readCommon(XmlCursor cursor, CommonFields fields, boolean atom10, Problems problems)
            throws XmlReadException {
        switch (cursor.localName()) {
            case "title" -> fields.title(AtomText.read(cursor, atom10));
            case "rights", "copyright" -> fields.rights(AtomText.read(cursor, atom10));
            case "author" -> fields.author(person(cursor));
            case "contributor" -> fields.contributor(person(cursor));
            case "category" -> fields.category(new Category(FieldValues.attribute(cursor, "term"),
                    FieldValues.attribute(cursor, "scheme"), FieldValues.attribute(cursor, "label")));
            case "updated", "modified" -> fields.updated(FieldValues.date(cursor, problems));
            case "published", "issued" -> fields.published(FieldValues.date(cursor, problems));
            case "created" -> fields.created(FieldValues.date(cursor, problems));
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * An identifier; a relative URI reference is resolved like a link, as feedparser does, and
     * anything else is kept as written.
     */
    private static String id(XmlCursor cursor) throws XmlReadException {
        String base = cursor.base();
        String text = PlainText.blankToNull(cursor.readText());
        if (text == null || !Urls.isReference(text)) {
            return text;
        }
        String resolved = Urls.resolveSafe(base, text);
        return resolved != null ? resolved : text;
    }

    /** A person construct: name, email and uri (0.3: url, and homepage before it). */
    static Person person(XmlCursor cursor) throws XmlReadException {
        String name = null;
        String email = null;
        String uri = null;
        int person = cursor.depth();
        while (cursor.nextChild(person)) {
            switch (cursor.localName()) {
                case "name" -> name = name != null ? name : PlainText.guessLine(cursor.readText());
                case "email" -> email = email != null ? email : FieldValues.value(cursor);
                case "uri", "url", "homepage" -> uri = uri != null ? uri : FieldValues.url(cursor);
                default -> { }
            }
        }
        return new Person(name, email, uri);
    }

    private static Generator generator(XmlCursor cursor) throws XmlReadException {
        String uri = FieldValues.urlAttribute(cursor, "uri");
        uri = uri != null ? uri : FieldValues.urlAttribute(cursor, "url");
        String version = FieldValues.attribute(cursor, "version");
        String name = PlainText.guessLine(cursor.readText());
        return name == null && uri == null && version == null ? null : new Generator(name, uri, version);
    }
}
