package io.newsdesk.bench.conformance.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The evaluator of feedparser's Expect: expressions, against Python's semantics. */
class ExpressionTest {

    private static final PyType OVERRIDE = new PyType("CharacterEncodingOverride", new PyType("Exception", null));
    private static final Map<String, PyType> TYPES = Map.of("CharacterEncodingOverride", OVERRIDE);

    private static PyDict result() {
        Map<Object, Object> entry = new LinkedHashMap<>();
        entry.put("title", "Caf\u00e9 \u2019s");
        entry.put("updated_parsed", PyTuple.of(2003L, 12L, 31L, 10L, 14L, 55L, 2L, 365L, 0L));
        entry.put("tags", List.of(new PyDict(Map.of("term", "a", "scheme", "s"))));
        entry.put("explicit", null);
        entry.put("start", Duration.ofMillis(187_250));
        Map<Object, Object> result = new LinkedHashMap<>();
        result.put("bozo", false);
        result.put("encoding", "utf-8");
        result.put("entries", List.of(new PyDict(entry)));
        result.put("feed", new PyDict(Map.of("title", "T")));
        result.put("bozo_exception", new PyException(OVERRIDE, "x"));
        return new PyDict(result);
    }

    private static boolean test(String source) throws Exception {
        return Expression.compile(source).test(result(), TYPES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not bozo and encoding == 'utf-8'",
        "entries[0]['title'] == u'Caf\\xe9 \\u2019s'",
        "entries[0]['title'] == 'Caf' + \"\\u00e9\" + ' \\u2019s'",
        "entries[0]['updated_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)",
        "entries[-1]['tags'][0] == {'scheme': 's', 'term': 'a'}",
        "len(entries) == 1 and len(entries[0]['tags']) == 1",
        "ord(entries[0]['title'][3]) == 233",
        "entries[0].get('missing', 'x') == 'x' and entries[0].get('missing') is None",
        "'title' in feed and 'link' not in feed and feed.has_key('title')",
        "entries[0]['explicit'] is None and bozo is False and not bozo is True",
        "entries[0]['start'] == datetime.timedelta(0, 187, 250000)",
        "isinstance(bozo_exception, feedparser.CharacterEncodingOverride)",
        "1 == 1.0 == True and 2 > 1 >= 1 and -1 < 0",
        "'bozo' in locals() and not 'etag' in locals()",
        "feed['title'] == 'x' or feed['title'] == 'T'",
        "'af' in entries[0]['title']",
        "entries[0]['title'] == \"\"\"Caf\\u00e9 \\u2019s\"\"\"",
    })
    void trueExpressions(String source) throws Exception {
        assertThat(test(source)).as(source).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "bozo",
        "entries[0]['updated_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365)",
        "entries[0]['tags'][0] == {'term': 'a'}",
        "feed['title'] != 'T'",
        "1 == 1 == 2",
        "entries[0]['title'] == [1]",
    })
    void falseExpressions(String source) throws Exception {
        assertThat(test(source)).as(source).isFalse();
    }

    @Test
    void pythonErrorsFailTheExpectation() {
        assertThatThrownBy(() -> test("feed['link'] == 'x'")).isInstanceOf(EvaluationError.class).hasMessage("KeyError: 'link'");
        assertThatThrownBy(() -> test("entries[1]")).isInstanceOf(EvaluationError.class).hasMessageStartingWith("IndexError");
        assertThatThrownBy(() -> test("nosuchname")).isInstanceOf(EvaluationError.class).hasMessageStartingWith("NameError");
        assertThatThrownBy(() -> test("ord(feed['title'] + 'x')")).isInstanceOf(EvaluationError.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lambda x: x", "entries[0:1]", "b'bytes' == 1", "[x for x in entries]", "a if b else c"})
    void unsupportedPythonIsNotEvaluable(String source) {
        assertThatThrownBy(() -> test(source)).isInstanceOf(NotEvaluableException.class);
    }

    @Test
    void explainShowsWhatTheExpressionRead() throws Exception {
        Map<String, String> values = Expression.compile("not bozo and entries[0]['title'] == 'x' and feed['nope']")
                .explain(result(), TYPES);

        assertThat(values).containsEntry("bozo", "False")
                .containsEntry("entries[0]['title']", "'Caf\u00e9 \u2019s'")
                .containsEntry("feed['nope']", "raises KeyError: 'nope'");
    }
}
