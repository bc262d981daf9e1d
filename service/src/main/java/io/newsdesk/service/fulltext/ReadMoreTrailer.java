package io.newsdesk.service.fulltext;

import java.util.regex.Pattern;

/**
 * The words a teaser ends with to send its reader to the page: "Read more", "Read Entire
 * Article", "Continue reading →", "[…]", WordPress's "The post … appeared first on …", and the
 * same in a few other common languages.
 */
final class ReadMoreTrailer {

    /** Only the end of a text is looked at: a trailer is short, and articles can be long. */
    private static final int TAIL_CHARS = 400;

    private static final Pattern TRAILER = Pattern.compile("(?iu)(?:"
            + "(?:read\\s+(?:the\\s+)?(?:more|rest|on|full\\s+(?:story|article|post|text|report)"
            + "|entire\\s+(?:article|story|post))"
            + "|continues?\\s+reading|keep\\s+reading|more\\s*[»›>→]"
            + "|lire\\s+la\\s+suite|weiterlesen|leer\\s+m[aá]s|continua\\s+a\\s+leggere|leia\\s+mais|lees\\s+verder)"
            + "[^\\p{L}\\p{N}]*"
            + "|[\\[(]\\s*(?:…|\\.\\.\\.|more\\s*(?:…|\\.\\.\\.)?)\\s*[\\])]"
            + "|…|\\.\\.\\."
            + "|the\\s+post\\s+.{1,300}?\\s+appeared\\s+first\\s+on\\s+.{1,200}"
            + ")\\s*$");

    private ReadMoreTrailer() {}

    /** Whether the plain text ends with a read-more trailer. */
    static boolean endsWithOne(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String tail = text.length() > TAIL_CHARS ? text.substring(text.length() - TAIL_CHARS) : text;
        return TRAILER.matcher(tail.strip()).find();
    }
}
