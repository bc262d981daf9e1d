package io.newsdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

    private static JsonBody parse(String json) {
        return JsonBody.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFieldsOfAnObject() {
        JsonBody body = parse("{\"url\": \"  https://example.com/feed \", \"read\": true, \"entry_ids\": [1, 2, 3]}");
        assertThat(body.requiredText("url")).isEqualTo("https://example.com/feed");
        assertThat(body.optionalBoolean("read")).isTrue();
        assertThat(body.optionalBoolean("starred")).isNull();
        assertThat(body.requiredIds("entry_ids")).containsExactly(1L, 2L, 3L);
        assertThat(body.optionalText("category")).isNull();
    }

    @Test
    void malformedJsonSaysWhereItBroke() {
        assertThatThrownBy(() -> parse("{\"url\": }"))
                .isInstanceOf(BadRequestResponse.class)
                .hasMessageStartingWith("invalid JSON: ")
                .hasMessageContaining("line 1, column");
    }

    @Test
    void trailingGarbageIsMalformed() {
        assertThatThrownBy(() -> parse("{} {}")).hasMessageStartingWith("invalid JSON: ");
    }

    @Test
    void duplicateFieldsAreMalformed() {
        assertThatThrownBy(() -> parse("{\"read\": true, \"read\": false}"))
                .hasMessageStartingWith("invalid JSON: ")
                .hasMessageContaining("read");
    }

    @Test
    void anEmptyBodyOrANonObjectIsRefused() {
        assertThatThrownBy(() -> JsonBody.parse(new byte[0])).hasMessage("the request body is empty: send a JSON object");
        assertThatThrownBy(() -> parse("[1, 2]")).hasMessage("the request body must be a JSON object, not an array");
        assertThatThrownBy(() -> parse("\"text\"")).hasMessage("the request body must be a JSON object, not a string");
    }

    @Test
    void unknownFieldsAreNamedWithTheAllowedOnes() {
        assertThatThrownBy(() -> parse("{\"url\": \"x\", \"categroy\": \"news\"}").allowOnly(Set.of("url", "category")))
                .hasMessage("unknown field 'categroy'; this request takes category, url");
    }

    @Test
    void wrongTypesNameTheFieldAndWhatItTakes() {
        assertThatThrownBy(() -> parse("{\"read\": \"yes\"}").optionalBoolean("read"))
                .hasMessageStartingWith("field 'read' must be true or false")
                .hasMessageEndingWith("got a string");
        assertThatThrownBy(() -> parse("{\"url\": 42}").requiredText("url"))
                .hasMessage("field 'url' must be a string, got the number 42");
        assertThatThrownBy(() -> parse("{\"entry_ids\": \"1,2\"}").requiredIds("entry_ids"))
                .hasMessage("field 'entry_ids' must be an array of positive whole numbers, got a string");
    }

    @Test
    void idsMustBePositiveWholeNumbersThatFitALong() {
        assertThatThrownBy(() -> parse("{\"entry_ids\": [1, -2]}").requiredIds("entry_ids"))
                .hasMessage("field 'entry_ids' must be an array of positive whole numbers; item 1 is the number -2");
        assertThatThrownBy(() -> parse("{\"entry_ids\": [1.5]}").requiredIds("entry_ids"))
                .hasMessageContaining("item 0 is the number 1.5");
        assertThatThrownBy(() -> parse("{\"entry_ids\": [99999999999999999999]}").requiredIds("entry_ids"))
                .hasMessageContaining("item 0 is the number 99999999999999999999");
        assertThatThrownBy(() -> parse("{\"entry_ids\": [\"7\"]}").requiredIds("entry_ids"))
                .hasMessageContaining("item 0 is a string");
    }

    @Test
    void requiredFieldsMustBeThere() {
        assertThatThrownBy(() -> parse("{}").requiredText("url")).hasMessage("field 'url' is required");
        assertThatThrownBy(() -> parse("{\"url\": \"   \"}").requiredText("url")).hasMessage("field 'url' is required");
        assertThatThrownBy(() -> parse("{}").requiredBoolean("read")).hasMessage("field 'read' is required");
        assertThatThrownBy(() -> parse("{}").requiredIds("entry_ids")).hasMessage("field 'entry_ids' is required");
    }

    @Test
    void nullIsNotABoolean() {
        assertThatThrownBy(() -> parse("{\"starred\": null}").optionalBoolean("starred"))
                .hasMessageEndingWith("got null");
    }
}
