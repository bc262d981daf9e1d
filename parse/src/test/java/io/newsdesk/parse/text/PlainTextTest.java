package io.newsdesk.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Plain title                          | Plain title
            '  spaced\n  out  '                  | spaced out
            Budget <em>passes</em>               | Budget passes
            AT&amp;T &amp;amp; more              | AT&T &amp; more
            5 < 6 and 7 > 2                      | 5 < 6 and 7 > 2
            Tom & Jerry                          | Tom & Jerry
            """)
    void guessesWhetherATitleIsHtml(String value, String expected) {
        assertThat(PlainText.guessLine(value.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void textBecomesParagraphsOfEscapedHtml() {
        assertThat(PlainText.toHtml("a < b\nc\n\n d & e ")).isEqualTo("<p>a &lt; b<br>c</p><p>d &amp; e</p>");
        assertThat(PlainText.toHtml("  ")).isNull();
    }

    @Test
    void oneLineTextIsOneParagraph() {
        assertThat(PlainText.toHtml("  a \"quoted\" <tag>\r ")).isEqualTo("<p>a &quot;quoted&quot; &lt;tag&gt;</p>");
    }

    /** The collapsing loop against the regular expression it replaced. */
    @Property(tries = 300)
    void whitespaceRunsCollapseToOneSpace(
            @ForAll @Chars({' ', '\n', '\t', '\r', '\f', '\u000B', '\u00A0', '\u2003', 'a', 'é', '.'}) String text) {
        String expected = Pattern.compile("[\\s\\u00A0]+").matcher(text).replaceAll(" ");
        assertThat(PlainText.collapseWhitespace(text)).isEqualTo(expected);
    }

    @Test
    void personNamesAreCleaned() {
        assertThat(PersonNames.clean("jo@example.com (Jo Bloggs)")).isEqualTo("Jo Bloggs");
        assertThat(PersonNames.clean("Jo Bloggs <jo@example.com>")).isEqualTo("Jo Bloggs");
        assertThat(PersonNames.clean("jo@example.com")).isEqualTo("jo@example.com");
        assertThat(PersonNames.clean("  ")).isNull();
    }

    @Test
    void languageTagsAreCanonical() {
        assertThat(Languages.normalize("en-us")).isEqualTo("en-US");
        assertThat(Languages.normalize("pt_BR")).isEqualTo("pt-BR");
        assertThat(Languages.normalize(" de ")).isEqualTo("de");
        assertThat(Languages.normalize("rss_0.91.channel.language")).isNull();
    }
}
