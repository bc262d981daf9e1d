package io.newsdesk.bench.conformance.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the subset of Python expressions found in feedparser's {@code Expect:} lines, with
 * Python's precedence: {@code or} &lt; {@code and} &lt; {@code not} &lt; comparisons &lt;
 * {@code + -} &lt; {@code * / // %} &lt; unary {@code - +} &lt; {@code **} &lt; calls, subscripts
 * and attributes. Anything else (lambdas, slices, comprehensions, conditional expressions) is
 * refused as not evaluable.
 */
final class ExprParser {

    private final List<Token> tokens;
    private int at;

    private ExprParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Expr parse(String source) throws NotEvaluableException {
        ExprParser parser = new ExprParser(Lexer.tokens(source));
        Expr expr = parser.expression();
        if (parser.peek().kind() != Token.Kind.END) {
            throw parser.unsupported("unexpected '" + parser.peek().text() + "'");
        }
        return expr;
    }

    private Expr expression() throws NotEvaluableException {
        return boolOp("or");
    }

    private Expr boolOp(String operator) throws NotEvaluableException {
        Expr first = operator.equals("or") ? boolOp("and") : not();
        if (!peek().isKeyword(operator)) {
            return first;
        }
        List<Expr> operands = new ArrayList<>(List.of(first));
        while (peek().isKeyword(operator)) {
            at++;
            operands.add(operator.equals("or") ? boolOp("and") : not());
        }
        return new Expr.BoolOp(operator, operands);
    }

    private Expr not() throws NotEvaluableException {
        if (peek().isKeyword("not")) {
            at++;
            return new Expr.Unary("not", not());
        }
        return comparison();
    }

    private Expr comparison() throws NotEvaluableException {
        Expr first = sum();
        List<String> operators = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        while (true) {
            String operator = comparisonOperator();
            if (operator == null) {
                break;
            }
            operators.add(operator);
            rest.add(sum());
        }
        return operators.isEmpty() ? first : new Expr.Compare(first, operators, rest);
    }

    private String comparisonOperator() {
        Token token = peek();
        if (token.kind() == Token.Kind.OPERATOR) {
            switch (token.text()) {
                case "==", "!=", "<", ">", "<=", ">=" -> {
                    at++;
                    return token.text();
                }
                default -> {
                    return null;
                }
            }
        }
        if (token.isKeyword("in")) {
            at++;
            return "in";
        }
        if (token.isKeyword("not") && tokens.get(at + 1).isKeyword("in")) {
            at += 2;
            return "not in";
        }
        if (token.isKeyword("is")) {
            at++;
            if (peek().isKeyword("not")) {
                at++;
                return "is not";
            }
            return "is";
        }
        return null;
    }

    private Expr sum() throws NotEvaluableException {
        Expr left = term();
        while (peek().isOperator("+") || peek().isOperator("-")) {
            String operator = tokens.get(at++).text();
            left = new Expr.Binary(operator, left, term());
        }
        return left;
    }

    private Expr term() throws NotEvaluableException {
        Expr left = unary();
        while (peek().isOperator("*") || peek().isOperator("/") || peek().isOperator("//") || peek().isOperator("%")) {
            String operator = tokens.get(at++).text();
            left = new Expr.Binary(operator, left, unary());
        }
        return left;
    }

    private Expr unary() throws NotEvaluableException {
        if (peek().isOperator("-") || peek().isOperator("+")) {
            String operator = tokens.get(at++).text();
            return new Expr.Unary(operator, unary());
        }
        return power();
    }

    private Expr power() throws NotEvaluableException {
        Expr base = postfix();
        if (peek().isOperator("**")) {
            at++;
            return new Expr.Binary("**", base, unary());
        }
        return base;
    }

    private Expr postfix() throws NotEvaluableException {
        Expr expr = atom();
        while (true) {
            if (peek().isOperator(".")) {
                at++;
                Token name = next();
                if (name.kind() != Token.Kind.NAME) {
                    throw unsupported("an attribute name expected");
                }
                expr = new Expr.Attribute(expr, name.text());
            } else if (peek().isOperator("[")) {
                at++;
                Expr index = expression();
                if (peek().isOperator(":")) {
                    throw unsupported("slices are not supported");
                }
                expect("]");
                expr = new Expr.Subscript(expr, index);
            } else if (peek().isOperator("(")) {
                at++;
                List<Expr> arguments = new ArrayList<>();
                while (!peek().isOperator(")")) {
                    arguments.add(expression());
                    if (!peek().isOperator(")")) {
                        expect(",");
                    }
                }
                at++;
                expr = new Expr.Call(expr, arguments);
            } else {
                return expr;
            }
        }
    }

    private Expr atom() throws NotEvaluableException {
        Token token = next();
        switch (token.kind()) {
            case STRING -> {
                StringBuilder value = new StringBuilder(token.text());
                // Adjacent literals concatenate.
                while (peek().kind() == Token.Kind.STRING) {
                    value.append(next().text());
                }
                return new Expr.Literal(value.toString());
            }
            case NUMBER -> {
                return new Expr.Literal(number(token));
            }
            case NAME -> {
                return switch (token.text()) {
                    case "True" -> new Expr.Literal(Boolean.TRUE);
                    case "False" -> new Expr.Literal(Boolean.FALSE);
                    case "None" -> new Expr.Literal(null);
                    case "lambda", "if", "else", "for", "yield", "await" -> throw unsupported("'" + token.text() + "'");
                    default -> new Expr.Name(token.text());
                };
            }
            case OPERATOR -> {
                return switch (token.text()) {
                    case "(" -> parenthesized();
                    case "[" -> new Expr.ListExpr(items("]"));
                    case "{" -> dict();
                    default -> throw unsupported("unexpected '" + token.text() + "'");
                };
            }
            default -> throw unsupported("the expression ends too early");
        }
    }

    private Expr parenthesized() throws NotEvaluableException {
        if (peek().isOperator(")")) {
            at++;
            return new Expr.TupleExpr(List.of());
        }
        Expr first = expression();
        if (peek().isOperator(")")) {
            at++;
            return first;
        }
        List<Expr> items = new ArrayList<>(List.of(first));
        while (peek().isOperator(",")) {
            at++;
            if (peek().isOperator(")")) {
                break;
            }
            items.add(expression());
        }
        expect(")");
        return new Expr.TupleExpr(items);
    }

    private List<Expr> items(String close) throws NotEvaluableException {
        List<Expr> items = new ArrayList<>();
        while (!peek().isOperator(close)) {
            items.add(expression());
            if (!peek().isOperator(close)) {
                expect(",");
            }
        }
        at++;
        return items;
    }

    private Expr dict() throws NotEvaluableException {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!peek().isOperator("}")) {
            keys.add(expression());
            expect(":");
            values.add(expression());
            if (!peek().isOperator("}")) {
                expect(",");
            }
        }
        at++;
        return new Expr.DictExpr(keys, values);
    }

    private static Object number(Token token) throws NotEvaluableException {
        String text = token.text().replace("_", "");
        try {
            if (text.contains(".") || text.contains("e") || text.contains("E")) {
                return Double.parseDouble(text);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotEvaluableException("unsupported number literal '" + token.text() + "'");
        }
    }

    private void expect(String operator) throws NotEvaluableException {
        if (!next().isOperator(operator)) {
            throw unsupported("'" + operator + "' expected");
        }
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token token = tokens.get(at);
        if (token.kind() != Token.Kind.END) {
            at++;
        }
        return token;
    }

    private NotEvaluableException unsupported(String what) {
        return new NotEvaluableException(what + " at " + peek().position());
    }
}
