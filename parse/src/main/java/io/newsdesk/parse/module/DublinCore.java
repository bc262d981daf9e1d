package io.newsdesk.parse.module;

import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.CommonFields;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.MetadataBuilder;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.text.PersonNames;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dublin Core elements and terms, for feeds and entries alike. */
final class DublinCore {

    /** DCMI Period's {@code start=…; end=…;} form, used by {@code dcterms:valid}. */
    private static final Pattern PERIOD_PART = Pattern.compile("(start|end)\\s*=\\s*([^;]*)");

    private DublinCore() {}

    /**
     * Reads a {@code dc:} or {@code dcterms:} element.
     *
     * @return {@code false} when the element is not one Newsdesk maps (it is left unconsumed)
     */
    static boolean read(XmlCursor cursor, CommonFields fields, Problems problems) throws XmlReadException {
        boolean terms = cursor.namespace().equals(Namespaces.DCTERMS);
        switch (cursor.localName()) {
            case "title" -> fields.title(FieldValues.text(cursor, TextType.TEXT));
            case "description" -> fields.description(FieldValues.text(cursor, TextType.HTML));
            case "creator", "author" -> fields.author(PersonNames.parse(cursor.readText()));
            case "contributor" -> fields.contributor(PersonNames.parse(cursor.readText()));
            case "publisher" -> fields.publisher(PersonNames.parse(cursor.readText()));
            case "rights" -> fields.rights(FieldValues.text(cursor, TextType.TEXT));
            case "subject" -> {
                String term = FieldValues.value(cursor);
                if (term != null) {
                    fields.category(new Category(term, null, null));
                }
            }
            case "language" -> fields.language(FieldValues.value(cursor));
            case "date", "modified" -> fields.updated(FieldValues.date(cursor, problems));
            case "issued" -> fields.published(FieldValues.date(cursor, problems));
            case "created" -> fields.created(FieldValues.date(cursor, problems));
            case "valid" -> {
                if (!terms || !(fields instanceof MetadataBuilder feed)) {
                    return false;
                }
                validity(FieldValues.value(cursor), feed, problems);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void validity(String period, MetadataBuilder feed, Problems problems) {
        if (period == null) {
            return;
        }
        DateValue start = null;
        DateValue end = null;
        Matcher part = PERIOD_PART.matcher(period);
        while (part.find()) {
            DateValue date = FieldValues.date(part.group(2), "<dcterms:valid>", problems);
            if (part.group(1).equals("start")) {
                start = date;
            } else {
                end = date;
            }
        }
        feed.validity(start, end);
    }
}
