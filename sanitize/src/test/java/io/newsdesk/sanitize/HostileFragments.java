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
    };

    private HostileFragments() {}

    /** Tag soup from all the pieces. */
    static Arbitrary<String> fragments() {
        return soup(PIECES);
    }

    /**
     * Tag soup for comparing visible text with jsoup's, without the two constructs read
     * differently on purpose or by jsoup's choice, both safely. SVG and MathML: the sanitizer reads
     * foreign content as HTML, so a {@code <script>} or {@code <style>} inside {@code <svg>} hides
     * everything up to its end tag, where a browser parses on. {@code <plaintext>}: jsoup keeps
     * parsing tags after it inside {@code <noscript>}, where the standard makes the rest text.
     * {@code <template>}: jsoup lets end tags that browsers ignore inside a template close it,
     * showing inert content that the sanitizer drops. Tables: text and tags misplaced between
     * table parts stay where they are in the sanitizer's output, where a browser moves them before
     * the table: the same text in another order.
     */
    static Arbitrary<String> htmlFragments() {
        return soup(Arrays.stream(PIECES)
                .filter(piece -> !piece.contains("<svg") && !piece.contains("<math") && !piece.contains("<mi ")
                        && !piece.contains("<plaintext") && !piece.contains("<template")
                        && !piece.contains("<table") && !piece.contains("<caption"))
                .toArray(String[]::new));
    }

    private static Arbitrary<String> soup(String[] pieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(pieces),
                Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
