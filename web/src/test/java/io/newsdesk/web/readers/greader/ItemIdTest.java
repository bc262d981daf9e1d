package io.newsdesk.web.readers.greader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Positive;
import org.junit.jupiter.api.Test;

class ItemIdTest {

    @Property
    void theLongFormAndTheShortFormNameTheSameEntry(@ForAll @Positive long entryId) {
        String longForm = ItemId.longForm(entryId);

        assertThat(longForm).startsWith("tag:google.com,2005:reader/item/").hasSize(32 + 16);
        assertThat(ItemId.parse(longForm)).isEqualTo(entryId);
        assertThat(ItemId.parse(Long.toString(entryId))).isEqualTo(entryId);
    }

    @Test
    void readsTheFormsClientsSend() {
        assertThat(ItemId.longForm(26)).isEqualTo("tag:google.com,2005:reader/item/000000000000001a");
        assertThat(ItemId.parse("tag:google.com,2005:reader/item/000000000000001A")).isEqualTo(26);
        assertThat(ItemId.parse("tag:google.com,2005:reader/item/1a")).isEqualTo(26);
        assertThat(ItemId.parse(" 26\n")).isEqualTo(26);
    }

    @Test
    void refusesWhatNamesNoEntry() {
        for (String bad : new String[] {"", "0", "-26", "tag:google.com,2005:reader/item/ffffffffffffffff",
                "tag:google.com,2005:reader/item/", "tag:google.com,2005:reader/item/00000000000000001a",
                "tag:google.com,2005:reader/item/xyz", "99999999999999999999", "abc", "feed/1"}) {
            assertThatThrownBy(() -> ItemId.parse(bad))
                    .as(bad)
                    .isInstanceOf(BadRequestResponse.class)
                    .hasMessageContaining("is not an item id");
        }
    }
}
