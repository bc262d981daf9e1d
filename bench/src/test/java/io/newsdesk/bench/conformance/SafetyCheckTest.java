package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict checker the sanitize tests' rendering must pass. */
class SafetyCheckTest {

    private static List<String> check(String html) {
        List<String> found = new ArrayList<>();
        SafetyCheck.check(html, found);
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\" JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<img src=\"data:image/svg+xml;base64,AAAA\">",
        "<p style=\"background:url(x)\">x</p>",
        "<iframe src=\"http://e/\"></iframe>",
        "<form action=\"http://e/\"><input></form>",
        "<meta http-equiv=refresh content=0>",
        "<svg><circle/></svg>",
    })
    void activeContentIsFound(String html) {
        assertThat(check(html)).as(html).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Plain <b>bold</b> <a href=\"http://example.com/\">link</a> <img src=\"https://e/i.png\" alt=\"onerror\"></p>",
        "javascript: is just a word here",
        "<a href=\"mailto:me@example.com\">mail</a>",
    })
    void inertContentPasses(String html) {
        assertThat(check(html)).as(html).isEmpty();
    }
}
