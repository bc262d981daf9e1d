package io.newsdesk.extract;

import java.util.Locale;

/** Normalising the language a page declares ("en_US", "EN-us", "en, fr") to a BCP 47 tag. */
final class LanguageTags {

    private LanguageTags() {}

    /** @return the well-formed BCP 47 tag, or {@code null} when the value names no language */
    static String normalize(String declared) {
        if (declared == null) {
            return null;
        }
        String first = declared.split("[,;]", 2)[0].strip().replace('_', '-');
        if (first.isEmpty()) {
            return null;
        }
        String tag = Locale.forLanguageTag(first).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }
}
