package io.newsdesk.sanitize;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated tag soup for the sanitizer's properties: fragments of real and broken markup (tags,
 * attributes in every quoting style, comments, CDATA, raw-text elements, character references,
 * dangerous schemes and event handlers, control characters) in random order and number.
 */
final class HostileFragments {

    private static final String[] PIECES = {
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "</i>", "<a href=\"", "<a href='",
        "<a href=", "</a>", "<img src=", "<img src=\"x\" onerror=\"alert(1)\">", "<br>", "</br>", "<br/>",
        "<ul>", "<li>", "</ul>", "<ol>", "</li>", "<table>", "<tr>", "<td>", "<th>", "</td>", "</tr>",
        "</table>", "<tbody>", "<caption>", "<pre>", "</pre>", "<h1>", "<h2>", "</h1>",
        "<blockquote cite=\"javascript:x\">", "<script>", "</script>", "<script>alert(1)</script>",
        "<style>", "</style>", "<style>*{x:expression(alert(1))}</style>", "<svg>", "</svg>",
        "<svg onload=alert(1)>", "<math>", "<mi xlink:href=\"javascript:alert(1)\">", "<iframe src=",
        "</iframe>", "<textarea>", "</textarea>", "<title>", "</title>", "<noscript>", "</noscript>",
        "<template>", "</template>", "<xmp>", "</xmp>", "<plaintext>", "<object data=", "<embed src=",
        "<form action=", "<input autofocus onfocus=alert(1)>", "<meta http-equiv=refresh content=",
        "<base href=", "<link rel=stylesheet href=", "<!--", "-->", "--!>", "<!-->", "<![CDATA[", "]]>",
        "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "</", "<", ">", "/>", "\"", "'", "`", "=", " ",
        "\n", "\t", "\0", "\u0001", "\u00A0", "&", "&amp;", "&lt;", "&#60;", "&#x3C;", "&#106;", "&#x6A",
        "&Tab;", "&NewLine;", "&colon;", "&quot", "&nbsp;", "&#0;", "&#xD800;", "&#1114112;",
        "javascript:", "JaVaScRiPt:", "java\tscript:", "vbscript:", "data:text/html,", " onclick=",
        " onerror=", " style=", " href=", " src=", " poster=", " srcdoc=", "alert(1)", "text", "words",
        "https://example.org/a?b=1&c=2", "/relative/path", "//evil.example/x", "\\\\evil.example",
        "<video poster=", "<audio src=", "<source src=", "<o:p/>", "<section>", "</section>",
        "</svg>", "</math>", "<svg><circle r=\"1\"/>", "<path d=\"M0 0\"/>", "<g>", "</g>", "<desc>", "</desc>",
        "<foreignObject>", "</foreignObject>", "<use href=\"https://evil.example/s.svg#a\"/>", " xlink:href=",
        "<a xlink:href=\"javascript:alert(1)\">", "<image href=", "<linearGradient id=g>", " id=", " fill=\"url(#g)\"",
        " fill=\"url(https://evil.example/p)\"", " stroke=u\\72l(x)", "<animate attributeName=href to=javascript:alert(1)>",
        "<set attributeName=onclick to=alert(1)/>", "<mtext>", "<mi>", "</mi>", "<mglyph>", "<annotation-xml encoding=text/html>",
        "<font face=x>", "<svg><style>", "<svg><title>", "<math><mtext><table><mglyph><style>",
    };

    private HostileFragments() {}

    /** Tag soup from all the pieces. */
    static Arbitrary<String> fragments() {
        return soup(PIECES);
    }

    /**
     * Tag soup for comparing visible text with jsoup's, without the constructs read differently
     * on purpose or by jsoup's choice, both safely. {@code <plaintext>}: jsoup keeps parsing tags
     * after it inside {@code <noscript>}, where the standard makes the rest text.
     * {@code <template>}: jsoup lets end tags that browsers ignore inside a template close it,
     * showing inert content that the sanitizer drops. Tables: text and tags misplaced between
     * table parts stay where they are in the sanitizer's output, where a browser moves them before
     * the table: the same text in another order. SVG and MathML, and their elements' pieces, have their own soup,
     * {@link #foreignFragments()}: outside it, jsoup honours a self-closing {@code />} on the
     * raw-text element before them ({@code <iframe src=<path d="M0 0"/>-->}), which browsers ignore.
     */
    static Arbitrary<String> htmlFragments() {
        return soupWithout("<plaintext", "<template", "<table", "<caption", "<svg", "</svg>", "<math", "</math>",
                "<path", "<g>", "</g>", "<desc>", "</desc>", "oreignObject", "<use", "<image", "<linearGradient",
                "<animate", "<set", "<mtext", "<mi", "</mi>", "<mglyph", "<annotation");
    }

    /**
     * Tag soup with SVG and MathML for comparing visible text with jsoup's, without the
     * constructs of {@link #htmlFragments()} and without the elements whose content the
     * sanitizer drops (scripts, styles, {@code foreignObject}, annotations): the sanitizer
     * approximates parts of the browser's tree building (it does not reopen formatting elements,
     * and lets end tags reach past objects and the standard's other special elements), which only
     * moves text about, except into or out of such an element. Those are tested by example. Without {@code <noscript>}
     * too, inside which jsoup keeps {@code <svg>} in HTML.
     */
    static Arbitrary<String> foreignFragments() {
        return soupWithout("<plaintext", "<template", "<table", "<caption", "<noscript",
                "<script", "<style", "<foreignObject", "<annotation-xml");
    }

    private static Arbitrary<String> soupWithout(String... markers) {
        return soup(Arrays.stream(PIECES)
                .filter(piece -> Arrays.stream(markers).noneMatch(piece::contains))
                .toArray(String[]::new));
    }

    private static Arbitrary<String> soup(String[] pieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(pieces),
                Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
