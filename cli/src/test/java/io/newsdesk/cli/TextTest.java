package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void countsAgreeWithTheirNoun() {
        assertThat(Text.count(0, "entry", "entries")).isEqualTo("0 entries");
        assertThat(Text.count(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Text.count(2, "entry", "entries")).isEqualTo("2 entries");
    }

    @Test
    void shortenPutsTextOnOneLineAndCutsItWithAnEllipsis() {
        assertThat(Text.shorten("  Two\n  lines\tof text ", 40)).isEqualTo("Two lines of text");
        assertThat(Text.shorten("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(Text.shorten("abcde", 5)).isEqualTo("abcde");
        assertThat(Text.shorten(null, 5)).isEmpty();
    }

    @Test
    void tablesAlignColumnsAndLeaveNoTrailingSpace() {
        StringWriter out = new StringWriter();

        Text.printTable(new PrintWriter(out), List.of(
                new String[] {"ID", "TITLE", "URL"},
                new String[] {"12", "A", "https://a.example/"},
                new String[] {"3", "Longer title", ""}));

        assertThat(out.toString().lines()).containsExactly(
                "ID  TITLE         URL",
                "12  A             https://a.example/",
                "3   Longer title");
    }
}
