package io.newsdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.web.ui.Notice;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NoticesTest {

    @Property
    void aNoticeSurvivesTheCookie(@ForAll Notice.Kind kind, @ForAll @StringLength(min = 1, max = 500) String message) {
        Assume.that(!message.isBlank() && wellFormed(message));
        Notice notice = new Notice(kind, message);
        String value = Notices.encode(notice);
        assertThat(value).matches("[a-z]+\\.[A-Za-z0-9_-]*");
        assertThat(Notices.decode(value)).isEqualTo(notice);
    }

    @Property
    void longMessagesAreCutToFitACookie(@ForAll @StringLength(min = 501, max = 3000) String message) {
        Notice decoded = Notices.decode(Notices.encode(new Notice(Notice.Kind.INFO, "x" + message)));
        assertThat(decoded).isNotNull();
        assertThat(decoded.message()).hasSizeLessThanOrEqualTo(Notices.MAX_MESSAGE_CHARS).endsWith("…");
    }

    private static boolean wellFormed(String text) {
        return text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    @Test
    void valuesNotMadeByTheServerAreIgnored() {
        assertThat(Notices.decode("")).isNull();
        assertThat(Notices.decode("nonsense")).isNull();
        assertThat(Notices.decode("shouting.SGVsbG8")).isNull();
        assertThat(Notices.decode("info.***")).isNull();
        assertThat(Notices.decode("info.")).isNull();
    }
}
