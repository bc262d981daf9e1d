package io.newsdesk.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParamsTest {

    @Property
    void everyPositiveLongIsAnId(@ForAll @LongRange(min = 1) long id) {
        assertThat(RequestParams.id("id", Long.toString(id))).isEqualTo(id);
    }

    @Property
    void textWithAnythingButDigitsIsNeverAnId(@ForAll @StringLength(min = 1, max = 30) String raw) {
        boolean digitsOnly = raw.strip().chars().allMatch(c -> c >= '0' && c <= '9') && !raw.isBlank();
        if (!digitsOnly) {
            assertThatThrownBy(() -> RequestParams.id("path parameter 'id'", raw))
                    .isInstanceOf(BadRequestResponse.class)
                    .hasMessageStartingWith("path parameter 'id' must be a positive whole number");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "1e3", "+4", "9223372036854775808", "99999999999999999999", ""})
    void rejectsIdsThatAreNotPositiveLongs(String raw) {
        assertThatThrownBy(() -> RequestParams.id("path parameter 'id'", raw))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessageContaining("path parameter 'id' must be a positive whole number");
    }

    @Test
    void acceptsTheLargestLong() {
        assertThat(RequestParams.id("id", "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "-5", "ten", "2147483648", "99999999999999999999999"})
    void rejectsLimitsOutsideTheRange(String raw) {
        assertThatThrownBy(() -> RequestParams.intIn("query parameter 'limit'", raw, 1, 500))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("query parameter 'limit' must be a whole number from 1 to 500, got '" + raw + "'");
    }

    @Test
    void acceptsTheBoundsOfTheRange() {
        assertThat(RequestParams.intIn("limit", "1", 1, 500)).isEqualTo(1);
        assertThat(RequestParams.intIn("limit", "500", 1, 500)).isEqualTo(500);
        assertThat(RequestParams.intIn("offset", "2147483647", 0, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anOpenRangeSaysSo() {
        assertThatThrownBy(() -> RequestParams.intIn("query parameter 'offset'", "-1", 0, Integer.MAX_VALUE))
                .hasMessage("query parameter 'offset' must be a whole number 0 or more, got '-1'");
    }

    @Test
    void readsBooleansAndRefusesAnythingElse() {
        assertThat(RequestParams.bool("starred", "true")).isTrue();
        assertThat(RequestParams.bool("starred", "FALSE")).isFalse();
        assertThat(RequestParams.bool("starred", null)).isNull();
        assertThatThrownBy(() -> RequestParams.bool("query parameter 'starred'", "yes"))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessage("query parameter 'starred' must be true or false, got 'yes'");
    }

    @Property
    void echoedValuesNeverGrowPastTheLimit(@ForAll String raw) {
        assertThat(RequestParams.echo(raw).length()).isLessThanOrEqualTo(43);
    }
}
