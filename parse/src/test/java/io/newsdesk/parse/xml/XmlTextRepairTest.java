package io.newsdesk.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class XmlTextRepairTest {

    @Test
    void wellFormedTextIsReturnedAsItIs() {
        String text = "<a href=\"x?a=1&amp;b=2\">&lt;&#169;&#xA9;</a><![CDATA[&nbsp; & <]]><!-- & -->";

        XmlTextRepair.Result result = XmlTextRepair.repair(text);

        assertThat(result.text()).isSameAs(text);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void htmlEntitiesBecomeCharacterReferences() {
        XmlTextRepair.Result result = XmlTextRepair.repair("<t>a&nbsp;b&eacute;&nbsp;</t>");

        assertThat(result.text()).isEqualTo("<t>a&#160;b&#233;&#160;</t>");
        assertThat(result.problems()).containsExactly(
                "HTML entities that XML does not define were read as HTML: &eacute;, &nbsp; ×2");
    }

    @Test
    void bareAmpersandsAreEscaped() {
        XmlTextRepair.Result result = XmlTextRepair.repair("<a href=\"?a=1&b=2\">AT&T & co</a>");

        assertThat(result.text()).isEqualTo("<a href=\"?a=1&amp;b=2\">AT&amp;T &amp; co</a>");
        assertThat(result.problems()).containsExactly("3 unescaped '&' were read as text");
    }

    @Test
    void unknownEntitiesStayText() {
        XmlTextRepair.Result result = XmlTextRepair.repair("<t>&madeup;</t>");

        assertThat(result.text()).isEqualTo("<t>&amp;madeup;</t>");
        assertThat(result.problems()).containsExactly("undefined entities were kept as text, not expanded: &madeup;");
    }

    @Test
    void declaredEntitiesAreReplacedByTheirValueAsText() {
        XmlTextRepair.Result result = XmlTextRepair.repair(
                "<!DOCTYPE rss [<!ENTITY id \"tag:example.com,\"><!ENTITY evil \"<b>&id;</b>\">]><t>&id;2006 &evil;</t>");

        assertThat(result.text()).endsWith("<t>tag:example.com,2006 &lt;b&gt;&amp;id;&lt;/b&gt;</t>");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void controlCharactersAreRemovedAndC1ControlsMeanWindows1252() {
        XmlTextRepair.Result result = XmlTextRepair.repair("<t>a\u0001b&#1;c\u0092d&#150;e</t>");

        assertThat(result.text()).isEqualTo("<t>abc\u2019d&#8211;e</t>");
        assertThat(result.problems()).containsExactly("2 characters not allowed in XML (control characters) removed");
    }

    @Test
    void aLateXmlDeclarationIsRemoved() {
        XmlTextRepair.Result result = XmlTextRepair.repair("\n\n<?xml version=\"1.0\"?><rss/><?xml-stylesheet href=\"a\"?>");

        assertThat(result.text()).isEqualTo("\n\n<rss/><?xml-stylesheet href=\"a\"?>");
        assertThat(result.problems()).containsExactly("the XML declaration was not at the start of the document and was ignored");
    }

    /** Visiting only markup, for text its decoder checked, must repair exactly as visiting every character does. */
    @Property(tries = 500)
    void textWithPlainCharactersIsRepairedTheSameOverMarkupOnly(@ForAll("plainMarkup") String text) {
        XmlTextRepair.Result everyCharacter = XmlTextRepair.repair(text, false);
        XmlTextRepair.Result overMarkup = XmlTextRepair.repair(text, true);

        assertThat(overMarkup.text()).isEqualTo(everyCharacter.text());
        assertThat(overMarkup.problems()).isEqualTo(everyCharacter.problems());
    }

    @Provide
    Arbitrary<String> plainMarkup() {
        return Arbitraries.of("<a href=\"x\">", "</a>", "&amp;", "&nbsp;", "&eacute;", "&bogus;", "&#150;", "&#xD800;",
                        "&#169;", "&", " & ", "AT&T", "<![CDATA[& <]]>", "<!-- & -->", "<?xml version=\"1.0\"?>",
                        "<!DOCTYPE rss [<!ENTITY id \"tag:x,\">]>", "&id;", "text ", "\n", "é’", "<", "&#", "&#x;")
                .list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }
}
