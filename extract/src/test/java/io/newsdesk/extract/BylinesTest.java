package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void removesLabelsAndSplitsNames() {
        assertThat(Bylines.normalize(List.of("By Jane Doe and John Smith")))
                .containsExactly("Jane Doe", "John Smith");
        assertThat(Bylines.normalize(List.of("Written by: Ana Lima, Ben Ode & Cy Young")))
                .containsExactly("Ana Lima", "Ben Ode", "Cy Young");
        assertThat(Bylines.normalize(List.of("Author: Martin Luther King Jr."))).containsExactly(
                "Martin Luther King Jr.");
    }

    @Test
    void dropsDuplicatesUrlsAndNonNames() {
        assertThat(Bylines.normalize(List.of("Jane Doe", "JANE DOE",
                "https://facebook.example/jane", "@janedoe", "Updated 11/19/2019 10:00",
                "Jane Doe is a reporter who has covered city hall since the old days at the paper",
                " ")))
                .containsExactly("Jane Doe");
    }

    @Test
    void decodesEntitiesAndCollapsesSpaces() {
        assertThat(Bylines.normalize(List.of("Se&#241;or\u00a0 Garc&iacute;a")))
                .containsExactly("Señor García");
    }
}
