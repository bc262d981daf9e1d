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
        "<svg><script>alert(1)</script></svg>",
        "<svg><circle onclick=\"alert(1)\"/></svg>",
        "<svg><animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg><use href=\"https://e/sprite.svg#icon\"/></svg>",
        "<svg><rect fill=\"url(https://e/paint.svg#p)\"/></svg>",
        "<svg><foreignObject><p>x</p></foreignObject></svg>",
        "<math><maction actiontype=\"statusline\"><mi>x</mi></maction></math>",
    })
    void activeContentIsFound(String html) {
        assertThat(check(html)).as(html).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Plain <b>bold</b> <a href=\"http://example.com/\">link</a> <img src=\"https://e/i.png\" alt=\"onerror\"></p>",
        "javascript: is just a word here",
        "<a href=\"mailto:me@example.com\">mail</a>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><linearGradient id=\"content-g\"/><circle r=\"1\" fill=\"url(#content-g)\"/>"
                + "<use href=\"#content-g\"/><a href=\"https://e/\"><text>link</text></a></svg>",
        "<math><mrow xlink:href=\"http://e/\"><mi>a</mi></mrow></math>",
    })
    void inertContentPasses(String html) {
        assertThat(check(html)).as(html).isEmpty();
    }
}
