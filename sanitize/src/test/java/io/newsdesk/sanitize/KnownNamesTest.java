package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    @Test
    void everySpellingOfAKnownNameIsTheSameString() {
        String lower = KnownNames.find("<p class=x>", 1, 2);

        assertThat(lower).isEqualTo("p");
        assertThat(KnownNames.find("<P>", 1, 2)).isSameAs(lower);
        assertThat(KnownNames.find("x BlockQuote y", 2, 12)).isEqualTo("blockquote");
        assertThat(KnownNames.find("<p class=x>", 3, 8)).isEqualTo("class");
    }

    @Test
    void otherNamesAreNotFound() {
        assertThat(KnownNames.find("<custom-element>", 1, 15)).isNull();
        assertThat(KnownNames.find("<pp>", 1, 3)).isNull();
        assertThat(KnownNames.find("<>", 1, 1)).isNull();
    }

    @Test
    void onlyAsciiLettersAreFolded() {
        // Java's case-insensitive comparison folds the long s (U+017F) to "s"; HTML does not.
        assertThat(KnownNames.find("\u017Fpan", 0, 4)).isNull();
        assertThat(KnownNames.find("\u017F", 0, 1)).isNull();
    }

    /** Letters of short known names ("a", "b", "br", "rp", "abbr", "s"), in both cases, and a look-alike. */
    @Property(tries = 500)
    void aFoundNameIsTheNameInLowerCase(
            @ForAll @Chars({'a', 'A', 'b', 'B', 'p', 'r', 'R', 's', '\u017F'}) @StringLength(max = 4) String name) {
        String found = KnownNames.find(name, 0, name.length());

        if (found != null) {
            assertThat(found).isEqualTo(name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
