package io.newsdesk.bench.conformance.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a Python expression into tokens, decoding string literals with their escapes. */
final class Lexer {

    private static final List<String> OPERATORS = List.of(
            "**", "//", "==", "!=", "<=", ">=", "<<", ">>",
            "(", ")", "[", "]", "{", "}", ",", ":", ".", "+", "-", "*", "/", "%", "<", ">", "~", "&", "|", "^");

    private static final Set<Character> STRING_PREFIXES = Set.of('u', 'U', 'b', 'B', 'r', 'R');

    private final String source;
    private int at;

    private Lexer(String source) {
        this.source = source;
    }

    static List<Token> tokens(String source) throws NotEvaluableException {
        return new Lexer(source).run();
    }

    private List<Token> run() throws NotEvaluableException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= source.length()) {
                tokens.add(new Token(Token.Kind.END, "", at));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpace() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '\\' && at + 1 < source.length() && (source.charAt(at + 1) == '\n' || source.charAt(at + 1) == '\r')) {
                at += 2;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else {
                return;
            }
        }
    }

    private Token next() throws NotEvaluableException {
        int start = at;
        char c = source.charAt(at);
        if (stringStart()) {
            return string(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '_')) {
                at++;
            }
            return new Token(Token.Kind.NAME, source.substring(start, at), start);
        }
        if (Character.isDigit(c) || c == '.' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
            while (at < source.length() && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '.'
                    || (source.charAt(at) == '-' || source.charAt(at) == '+')
                            && (source.charAt(at - 1) == 'e' || source.charAt(at - 1) == 'E'))) {
                at++;
            }
            return new Token(Token.Kind.NUMBER, source.substring(start, at), start);
        }
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, at)) {
                at += operator.length();
                return new Token(Token.Kind.OPERATOR, operator, start);
            }
        }
        throw new NotEvaluableException("unexpected character '" + c + "' at " + start);
    }

    /** A quote, or up to two prefix letters followed by one. */
    private boolean stringStart() {
        int i = at;
        while (i < source.length() && i - at < 2 && STRING_PREFIXES.contains(source.charAt(i))) {
            i++;
        }
        return i < source.length() && (source.charAt(i) == '\'' || source.charAt(i) == '"');
    }

    private Token string(int start) throws NotEvaluableException {
        boolean raw = false;
        boolean bytes = false;
        while (source.charAt(at) != '\'' && source.charAt(at) != '"') {
            char prefix = Character.toLowerCase(source.charAt(at++));
            raw |= prefix == 'r';
            bytes |= prefix == 'b';
        }
        if (bytes) {
            throw new NotEvaluableException("bytes literals are not supported (at " + start + ")");
        }
        char quote = source.charAt(at);
        boolean triple = source.startsWith(String.valueOf(quote).repeat(3), at);
        String terminator = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        at += terminator.length();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (at >= source.length()) {
                throw new NotEvaluableException("unterminated string literal at " + start);
            }
            if (source.startsWith(terminator, at)) {
                at += terminator.length();
                return new Token(Token.Kind.STRING, value.toString(), start);
            }
            char c = source.charAt(at++);
            if (c == '\\' && at < source.length()) {
                if (raw) {
                    value.append(c).append(source.charAt(at++));
                } else {
                    escape(value);
                }
            } else {
                value.append(c);
            }
        }
    }

    private void escape(StringBuilder value) throws NotEvaluableException {
        char c = source.charAt(at++);
        switch (c) {
            case '\n' -> { }
            case '\\', '\'', '"' -> value.append(c);
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000B');
            case 'x' -> value.appendCodePoint(hex(2));
            case 'u' -> value.appendCodePoint(hex(4));
            case 'U' -> value.appendCodePoint(hex(8));
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int code = c - '0';
                for (int i = 0; i < 2 && at < source.length() && source.charAt(at) >= '0' && source.charAt(at) <= '7'; i++) {
                    code = code * 8 + source.charAt(at++) - '0';
                }
                value.append((char) code);
            }
            // Python keeps unknown escapes as they are, backslash included.
            default -> value.append('\\').append(c);
        }
    }

    private int hex(int digits) throws NotEvaluableException {
        if (at + digits > source.length()) {
            throw new NotEvaluableException("truncated escape at " + at);
        }
        try {
            int code = Integer.parseInt(source.substring(at, at + digits), 16);
            at += digits;
            return code;
        } catch (NumberFormatException e) {
            throw new NotEvaluableException("bad escape at " + at);
        }
    }
}
