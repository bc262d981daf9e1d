package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.extract.eval.BenchmarkCorpus;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What the pruner leaves out never changes what the parser makes of the rest: a page parsed
 * whole, with scripts, styles, drawings and comments then removed from the tree, reads the same as
 * the pruned page parsed.
 */
class MarkupPrunerTest {

    @Test
    void theCorpusPagesParseToTheSameContentPrunedAndWhole() {
        for (BenchmarkCorpus.Page page : BenchmarkCorpus.load()) {
            String html = page.htmlText();
            MarkupPruner.Pruned pruned = MarkupPruner.prune(html);

            assertThat(pruned.truncated()).isFalse();
            assertThat(pruned.markup().length()).as(page.id()).isLessThan(html.length());
            assertSameContent(html, pruned.markup(), page.id());
        }
    }

    @Property(tries = 500)
    void tagSoupParsesToTheSameContentPrunedAndWhole(@ForAll("soup") String html) {
        assertSameContent(html, MarkupPruner.prune(html).markup(), html);
    }

    @Test
    void scriptsEndWhereBrowsersEndThem() {
        String html = "<p>one</p><script>if (a<b) document.write('<p>no</p>');</script><p>two</p>"
                + "<script><!-- document.write('<script>x()</script><p>no</p>'); --></script><p>three</p>"
                + "<SCRIPT type=text/javascript>var s = '</scripty>';</SCRIPT ><p>four</p>";

        String pruned = MarkupPruner.prune(html).markup();

        assertThat(pruned).isEqualTo("<p>one</p><p>two</p><p>three</p><p>four</p>");
    }

    @Test
    void textBeforeWhatIsLeftOutDoesNotJoinWhatFollowsIt() {
        // Found by the soup property: a stray "<" before a script would have started a tag.
        for (String html : List.of("<<script><p></script>text ", "a &l<script>x</script>t; b", "&<!-- c -->amp;",
                "<p>x<<style>p{}</style>/p>y")) {
            assertSameContent(html, MarkupPruner.prune(html).markup(), html);
        }
        assertThat(MarkupPruner.prune("<p>a<script>x</script>b</p>").markup()).as("no separator needed")
                .isEqualTo("<p>ab</p>");
    }

    @Test
    void jsonLdScriptsAreKept() {
        String html = "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script>"
                + "<script>track()</script><p>text</p>";

        assertThat(MarkupPruner.prune(html).markup())
                .isEqualTo("<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\"}</script><p>text</p>");
    }

    @Test
    void markupInsideAttributeValuesTitlesAndTextAreasIsNotTakenForTags() {
        String html = "<div data-embed=\"<script>x</script><style>\" title='a > b'>kept</div>"
                + "<title>Tips <script> tags</title><textarea><!-- not a comment --></textarea>";

        assertThat(MarkupPruner.prune(html).markup()).isEqualTo(html);
    }

    @Test
    void stylesDrawingsAndCommentsAreLeftOut() {
        String html = "<style>p{color:red}</style><p>a<!-- note -->b<!-->c<!--->d</p>"
                + "<svg viewBox='0 0 1 1'><svg><path d='M0'/></svg><title>icon</title></svg><p>e</p>";

        assertThat(MarkupPruner.prune(html).markup()).isEqualTo("<p>abcd</p><p>e</p>");
    }

    @Test
    void aDrawingThatNeverEndsOrHoldsPageContentIsKept() {
        String unclosed = "<svg><path d='M0'/><p>The article goes on here.</p>";
        String breakingOut = "<svg><g><p>Shown as page content.</p></g></svg>";

        assertThat(MarkupPruner.prune(unclosed).markup()).isEqualTo(unclosed);
        assertThat(MarkupPruner.prune(breakingOut).markup()).isEqualTo(breakingOut);
    }

    @Test
    void markupBeyondTheCapIsCutAndSaysSo() {
        String html = "<p>" + "word ".repeat(1000) + "</p>";

        MarkupPruner.Pruned pruned = MarkupPruner.prune(html, 100);
        MarkupPruner.Pruned whole = MarkupPruner.prune(html, html.length());

        assertThat(pruned.truncated()).isTrue();
        assertThat(pruned.markup()).hasSize(100).startsWith("<p>word word");
        assertThat(whole.truncated()).isFalse();
        assertThat(whole.markup()).isEqualTo(html);
    }

    @Test
    void separatorsCountTowardsTheCap() {
        // Each "&<!-->" is six characters of page and would be eight kept with its separator.
        String html = "&<!-->".repeat(1000);

        MarkupPruner.Pruned pruned = MarkupPruner.prune(html, 100);

        assertThat(pruned.truncated()).isTrue();
        assertThat(pruned.markup().length()).isLessThanOrEqualTo(100);
    }

    @Test
    void scriptsDoNotCountTowardsTheCap() {
        String html = "<script>" + "x".repeat(10_000) + "</script><p>text</p>";

        MarkupPruner.Pruned pruned = MarkupPruner.prune(html, 100);

        assertThat(pruned.truncated()).isFalse();
        assertThat(pruned.markup()).isEqualTo("<p>text</p>");
    }

    private static void assertSameContent(String whole, String pruned, String what) {
        Document expected = withoutPrunedNodes(Jsoup.parse(whole, "https://example.org/"));
        Document actual = withoutPrunedNodes(Jsoup.parse(pruned, "https://example.org/"));

        // Head and body together: an element left out at the very start of a page can move where the
        // body begins (a JSON-LD script then ends the head instead of starting the body).
        assertThat(actual.head().html() + actual.body().html()).as(what)
                .isEqualTo(expected.head().html() + expected.body().html());
    }

    /** The whole page's tree without what the pruner leaves out of the markup. */
    private static Document withoutPrunedNodes(Document document) {
        document.select("style, svg").remove();
        for (Element script : document.select("script")) {
            if (!script.attr("type").toLowerCase().contains("ld+json")) {
                script.remove();
            }
        }
        List<Comment> comments = document.stream().flatMap(element -> element.childNodes().stream())
                .filter(Comment.class::isInstance).map(Comment.class::cast).toList();
        comments.forEach(Comment::remove);
        // A stray end tag at the very start is ignored before the body opens, and makes an empty
        // element after something opened it: empty elements are left out of the comparison.
        document.select("*").stream()
                .filter(element -> element.childNodeSize() == 0 && element.attributesSize() == 0
                        && !element.tag().isEmpty() && element.parent() != null
                        && !element.nameIs("head") && !element.nameIs("body"))
                .toList()
                .forEach(Element::remove);
        // Text runs a removed node separated are two text nodes here, one in the pruned page's
        // tree: unindented, both serialize alike.
        document.outputSettings().prettyPrint(false);
        return document;
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> fragment = Arbitraries.of(
                "<p>", "</p>", "text ", "<div class='a>b'>", "</div>", "<script>", "</script>",
                "<script type='application/ld+json'>", "{\"a\":\"</p>\"}", "<style>", "</style>",
                "<!--", "-->", "--!>", "<!-->", "<svg>", "</svg>", "<svg/>", "<path/>", "<title>",
                "</title>", "<textarea>", "</textarea>", "<b>", "</b>", "<a href=\"x\">", "</a>",
                "<img src=x alt='<script>'>", "<table><tr><td>", "<![CDATA[", "]]>", "<", ">", "'",
                "\"", "=", "<xmp>", "</xmp>", "<noscript>", "</noscript>", "<h1>", "<li>");
        return fragment.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }
}
