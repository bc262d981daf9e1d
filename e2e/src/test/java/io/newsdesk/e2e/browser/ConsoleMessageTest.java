package io.newsdesk.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.logging.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsoleMessageTest {

    private static final URI SERVER = URI.create("http://127.0.0.1:4711/");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SEVERE  | Uncaught TypeError: cannot read properties of null                                          | true
            SEVERE  | http://127.0.0.1:4711/static/app.css - Failed to load resource: the server responded with a status of 404 (Not Found) | true
            SEVERE  | http://127.0.0.1:4711/static/logo.png - Failed to load resource: net::ERR_NAME_NOT_RESOLVED | true
            SEVERE  | https://cdn.example/picture.jpg - Failed to load resource: net::ERR_NAME_NOT_RESOLVED     | false
            SEVERE  | https://cdn.example/picture.jpg - Failed to load resource: net::ERR_CONNECTION_REFUSED    | true
            WARNING | Refused to apply inline style because it violates the following directive: "style-src 'self'" | true
            INFO    | [Report Only] Content Security Policy directive 'img-src' would block the image            | true
            WARNING | The resource was preloaded using link preload but not used within a few seconds           | false
            INFO    | Download the React DevTools for a better development experience                           | false
            """)
    void errorsAndPolicyReportsAreProblemsButPicturesOfOtherSitesOfflineAreNot(
            String level, String text, boolean problem) {
        ConsoleMessage message = new ConsoleMessage(SERVER.toString(), Level.parse(level), text);

        assertThat(message.isProblemOf(SERVER)).isEqualTo(problem);
    }
}
