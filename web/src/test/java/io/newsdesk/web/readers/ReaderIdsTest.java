package io.newsdesk.web.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ReaderIdsTest {

    @Property
    void readsEveryIdInRange(@ForAll @LongRange(min = 1, max = Integer.MAX_VALUE) long id) {
        assertThat(ReaderIds.id("id", Long.toString(id), ReaderIds.MAX_INT_ID)).isEqualTo(id);
        assertThat(ReaderIds.id("id", " " + id + " ", ReaderIds.MAX_INT_ID)).isEqualTo(id);
    }

    @Property
    void refusesIdsBeyond32Bits(@ForAll @LongRange(min = Integer.MAX_VALUE + 1L) long id) {
        assertThatThrownBy(() -> ReaderIds.id("path parameter 'id'", Long.toString(id), ReaderIds.MAX_INT_ID))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("path parameter 'id' must be a whole number from 1 to 2147483647, got '" + id + "'");
    }

    @Test
    void refusesNegativeZeroOverflowingAndNonNumericIds() {
        for (String bad : new String[] {"-1", "0", "99999999999999999999", "12abc", "1.5", "", "0x10", "+5"}) {
            assertThatThrownBy(() -> ReaderIds.id("id", bad, ReaderIds.MAX_INT_ID))
                    .as(bad)
                    .isInstanceOf(BadRequestResponse.class)
                    .hasMessageStartingWith("id must be a whole number from 1 to 2147483647");
        }
        assertThatThrownBy(() -> ReaderIds.id("id", null, 10)).hasMessageEndingWith("got nothing");
    }

    @Test
    void shortensWhatItEchoes() {
        String huge = "9".repeat(5000);
        assertThatThrownBy(() -> ReaderIds.number("n", huge, 0, 10))
                .hasMessageContaining("…")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(120));
    }
}
