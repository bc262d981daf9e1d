package io.newsdesk.parse.text;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags from the forms feeds write them in ("en-us", "en_US", " de "). */
public final class Languages {

    private Languages() {}

    /** The canonical tag ("en-US"), or {@code null} when the value is blank or not a language. */
    public static String normalize(String value) {
        String text = PlainText.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(text.replace('_', '-')).build().toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }
}
