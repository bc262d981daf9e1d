package io.newsdesk.bench.conformance.expr;

/**
 * A token of a Python expression.
 *
 * @param kind what it is
 * @param text the name, operator or keyword as written; for strings, the decoded value
 * @param position where it starts in the expression, for messages
 */
record Token(Kind kind, String text, int position) {

    enum Kind {
        NAME,
        NUMBER,
        STRING,
        OPERATOR,
        END
    }

    boolean is(Kind expected, String value) {
        return kind == expected && text.equals(value);
    }

    boolean isOperator(String value) {
        return is(Kind.OPERATOR, value);
    }

    boolean isKeyword(String value) {
        return is(Kind.NAME, value);
    }
}
