package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inline SVG and MathML: the static subset kept, everything active dropped, namespaces as browsers give them. */
class ForeignContentTest {

    private static final String BASE = "https://news.example.org/world/story.html";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"";
    private static final String XLINK = " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    private static final String REL = " rel=\"noopener noreferrer nofollow\"";

    private static String clean(String html) {
        return HtmlSanitizer.sanitize(html, BASE);
    }

    @Test
    void keepsADrawingWithItsNamespaceAndTheStandardsSpelling() {
        assertThat(clean("<svg version=\"1.1\" baseprofile=\"full\" width=\"300px\" height=\"200px\" viewbox=\"0 0 300 200\">"
                + "<circle cx=\"150px\" cy=\"100px\" r=\"50px\" fill=\"#ff0000\" stroke=\"#000000\" stroke-width=\"5px\" /></svg>"))
                .isEqualTo(SVG + " version=\"1.1\" baseProfile=\"full\" width=\"300px\" height=\"200px\" viewBox=\"0 0 300 200\">"
                        + "<circle cx=\"150px\" cy=\"100px\" r=\"50px\" fill=\"#ff0000\" stroke=\"#000000\" stroke-width=\"5px\"/></svg>");
    }

    @Test
    void gradientsReachOnlyTheFragmentsOwnElements() {
        assertThat(clean("<svg><linearGradient id=\"g\" href=\"#base\"><stop offset=\"1\" stop-color=\"red\"/></linearGradient>"
                + "<rect width=\"9\" height=\"9\" fill=\"url(#g) red\" stroke=\"URL( #g )\"/></svg>"))
                .isEqualTo(SVG + "><linearGradient id=\"content-g\" href=\"#content-base\"><stop offset=\"1\" stop-color=\"red\"/>"
                        + "</linearGradient><rect width=\"9\" height=\"9\" fill=\"url(#content-g) red\" stroke=\"url(#content-g)\"/></svg>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg><rect width=\"9\" height=\"9\" fill=\"url(https://tracker.example/p.svg#a)\"/></svg>",
        "<svg><rect width=\"9\" height=\"9\" fill=\"url('#a')\"/></svg>",
        "<svg><rect width=\"9\" height=\"9\" fill=\"u\\72l(https://tracker.example/p.svg#a)\"/></svg>",
        "<svg><rect width=\"9\" height=\"9\" fill=\"url(#a\"/></svg>",
    })
    void dropsPaintThatLoadsAnotherDocument(String html) {
        assertThat(clean(html)).isEqualTo(SVG + "><rect width=\"9\" height=\"9\"/></svg>");
    }

    @Test
    void anImagesAddressIsAnAddressEvenWhenItSpellsCss() {
        // Found by SanitizerPropertiesTest: an unquoted value runs on to the next space, quotes and all.
        String clean = clean("<svg><image href=fill=\"url(https://evil.example/p)\"<p></svg>");

        assertThat(clean).isEqualTo(SVG + "><image href=\"https://news.example.org/world/fill=&quot;url(https://evil.example/p)"
                + "&quot;&lt;p\"></image></svg>");
        assertThat(SafetyChecker.problems(clean)).as(clean).isEmpty();
        assertThat(SafetyChecker.problems(SVG + "><image fill=\"url(https://evil.example/p)\"/></svg>"))
                .as("the same text as paint still counts").hasSize(1);
    }

    @Test
    void reusesOnlyTheFragmentsOwnShapes() {
        assertThat(clean("<svg><use href=\"https://evil.example/sprite.svg#icon\"/><use xlink:href=\"#content-dot\"/></svg>"))
                .isEqualTo(SVG + "><use/><use xlink:href=\"#content-dot\"" + XLINK + "/></svg>");
    }

    @Test
    void dropsEverythingActive() {
        String clean = clean("<svg onload=\"alert(1)\"><script>alert(1)</script><style>circle{fill:red}</style>"
                + "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/><set attributeName=\"onmouseover\" to=\"alert(1)\"/>"
                + "<foreignObject><p>embedded</p><iframe src=\"https://evil.example/\"></iframe></foreignObject>"
                + "<circle r=\"1\" onclick=\"alert(1)\" style=\"fill:red\" class=\"x\"/>"
                + "<image href=\"javascript:alert(1)\"/><image xlink:href=\"data:image/svg+xml,&lt;svg/&gt;\"/></svg>");

        assertThat(clean).isEqualTo(SVG + "><circle r=\"1\"/><image/><image/></svg>");
    }

    @Test
    void linksAreCheckedAndResolvedLikeHtmlLinks() {
        assertThat(clean("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a>"
                + "<a href=\"/other.html\" xlink:title=\"Other\"><text>y</text></a></svg>"))
                .isEqualTo(SVG + "><a><text>x</text></a><a href=\"https://news.example.org/other.html\" xlink:title=\"Other\""
                        + XLINK + REL + "><text>y</text></a></svg>");
        assertThat(clean("<svg><image href=\"/chart.png\" width=\"9\" height=\"9\"/></svg>"))
                .isEqualTo(SVG + "><image href=\"https://news.example.org/chart.png\" width=\"9\" height=\"9\"/></svg>");
    }

    @Test
    void keepsPresentationMathMl() {
        assertThat(clean("<math xmlns='http://www.w3.org/1998/Math/MathML' display=\"block\"><mrow xlink:type=\"simple\""
                + " xlink:show=\"replace\" xlink:href=\"http://golem.ph.utexas.edu\"><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
                + "<semantics><mn>1</mn><annotation encoding=\"application/x-tex\">1</annotation></semantics>"
                + "<maction actiontype=\"toggle\"><mi>c</mi></maction></math>"))
                .isEqualTo(MATH + " display=\"block\"><mrow xlink:type=\"simple\" xlink:show=\"replace\""
                        + " xlink:href=\"http://golem.ph.utexas.edu\"" + XLINK + "><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
                        + "<mn>1</mn><mi>c</mi></math>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<svg><circle r=\"1\"></circle><p>after</p></svg>|" + SVG + "><circle r=\"1\"></circle></svg><p>after</p>",
        "<svg><g><b>bold</b></g></svg>tail|" + SVG + "><g></g></svg><b>bold</b>tail",
        "<svg><font face=\"x\">f</font></svg>|" + SVG + "></svg>f",
        "<svg><desc><b>drawn</b> by us</desc></svg>|" + SVG + "><desc><b>drawn</b> by us</desc></svg>",
        "<math><mi><b>x</b></mi><mi><mglyph></mglyph></mi></math>|" + MATH + "><mi><b>x</b></mi><mi></mi></math>",
        "<math><mtext><svg><circle r=\"1\"/></svg></mtext></math>|" + MATH + "><mtext>" + SVG + "><circle r=\"1\"/></svg></mtext></math>",
        "<svg><g></p>x</g></svg>|" + SVG + "><g></g></svg>x",
        "<div><svg><g></div>after|<div>" + SVG + "><g></g></svg></div>after",
        "<p><svg><desc></p>x</desc></svg>|<p>" + SVG + "><desc>x</desc></svg></p>",
    })
    void followsTheBrowsersRulesForWhereForeignContentEnds(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<svg><title>Chart &amp; data</title><text><![CDATA[a < b]]></text></svg>|" + SVG
                + "><title>Chart &amp; data</title><text>a &lt; b</text></svg>",
        "<svg><style>circle { fill: red }</style><circle r=\"1\"/></svg>|" + SVG + "><circle r=\"1\"/></svg>",
        "<svg><style><b>x</b></style><circle r=\"1\"/></svg>|" + SVG + "></svg><b>x</b>",
        "<title><svg><circle r=\"1\"/></svg></title>after|after",
        "a<![CDATA[<b>]]>b|a]]>b",
    })
    void readsTheContentOfForeignElementsAsMarkup(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
        "<math><mi><svg><desc><mglyph><style><img src=x onerror=alert(1)></style></mglyph></desc></svg></mi></math>",
        "<svg><a><foreignObject><a><table><a></table><style><!--</style></svg><img src=x onerror=alert(1)>-->",
        "<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id=\"</textarea><img onerror=alert(1) src=1>\">",
        "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
    })
    void knownMutationAttacksStayInert(String hostile) {
        String clean = clean(hostile);

        assertThat(SafetyChecker.problems(clean)).as(clean).isEmpty();
        assertThat(clean == null ? "" : clean).doesNotContain("onerror");
        assertThat(clean == null ? null : clean(clean)).as("sanitizing again changes nothing").isEqualTo(clean);
    }

    @Test
    void aDrawingIsWorthShowingWithoutText() {
        assertThat(clean("<svg width=\"9\"></svg>")).isNull();
        assertThat(clean("<svg><use href=\"https://evil.example/x.svg#a\"/></svg>")).isNull();
        assertThat(clean("<svg><path d=\"M0 0L9 9\"/></svg>")).isEqualTo(SVG + "><path d=\"M0 0L9 9\"/></svg>");
    }

    @Test
    void plainTextLeavesOutWhatIsNotOnThePage() {
        assertThat(HtmlSanitizer.toText("<p>Chart<svg><title>tooltip</title><style>x{}</style><text>42</text></svg></p>"))
                .isEqualTo("Chart42");
    }
}
