package io.newsdesk.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            http://a/b/c/d;p?q | g            | http://a/b/c/g
            http://a/b/c/d;p?q | ./g          | http://a/b/c/g
            http://a/b/c/d;p?q | /g           | http://a/g
            http://a/b/c/d;p?q | //g          | http://g
            http://a/b/c/d;p?q | ?y           | http://a/b/c/d;p?y
            http://a/b/c/d;p?q | #s           | http://a/b/c/d;p?q#s
            http://a/b/c/d;p?q | ../../../g   | http://a/g
            http://a/b/c/d;p?q | https://x/y  | https://x/y
            https://example.com | feed.xml    | https://example.com/feed.xml
            https://example.com/a/ | 'b c/d e.png' | https://example.com/a/b%20c/d%20e.png
            https://example.com/ | 'x[1]^y'   | https://example.com/x%5B1%5D%5Ey
            https://example.com/ | '  /spaced  ' | https://example.com/spaced
            NULL               | /relative    | /relative
            https://example.com/ | '   '      | NULL
            https://example.com/ | NULL       | NULL
            """)
    void resolvesAsRfc3986Says(String base, String reference, String expected) {
        assertThat(Urls.resolve(base, reference)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            javascript:alert(1)      | NULL
            data:text/html,x         | NULL
            mailto:x@example.com     | NULL
            /page                    | https://example.com/page
            """)
    void webResolutionKeepsOnlyHttpUrls(String reference, String expected) {
        assertThat(Urls.resolveWeb("https://example.com/", reference)).isEqualTo(expected);
    }
}
