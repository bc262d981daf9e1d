package io.newsdesk.search;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a user typed into a query over the weighted text fields, never failing.
 *
 * <p>Built on Lucene's {@link SimpleQueryParser}, whose syntax has no error states: an unclosed
 * quote is ignored, a lone operator is dropped. Every word must match (in any of the fields);
 * fuzzy and proximity operators are off because {@code ~} in news text is more likely a typo
 * than a request for them. Should the parser still fail, the text is searched as plain words.
 *
 * <p>Over-long input (a pasted article) is cut to {@value #MAX_TEXT_LENGTH} characters, and
 * shortened further while it expands to more than {@value #MAX_QUERY_TERMS} terms, which keeps
 * every query well inside Lucene's clause limit.
 */
final class UserQueryParser {

    static final int MAX_TEXT_LENGTH = 256;
    static final int MAX_QUERY_TERMS = 256;

    private static final Logger log = LoggerFactory.getLogger(UserQueryParser.class);

    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private static final int PLAIN_WORDS = 0;

    private final Analyzer analyzer;

    UserQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query for {@code text}, or empty when it holds no searchable word. */
    Optional<Query> parse(String text) {
        String remaining = shorten(text.strip(), MAX_TEXT_LENGTH);
        while (!remaining.isEmpty()) {
            Query query = parseLeniently(remaining);
            if (query == null || query instanceof MatchNoDocsQuery) {
                return Optional.empty();
            }
            if (countTerms(query) <= MAX_QUERY_TERMS) {
                return Optional.of(query);
            }
            remaining = shorten(remaining, remaining.length() / 2);
        }
        return Optional.empty();
    }

    private Query parseLeniently(String text) {
        try {
            return parser(OPERATORS).parse(text);
        } catch (RuntimeException e) {
            log.debug("Searching \"{}\" as plain words: {}", text, e.toString());
            return parser(PLAIN_WORDS).parse(text);
        }
    }

    /** A new parser per query: SimpleQueryParser keeps mutable settings. */
    private SimpleQueryParser parser(int operators) {
        SimpleQueryParser parser =
                new SimpleQueryParser(analyzer, IndexFields.SEARCH_WEIGHTS, operators);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser;
    }

    /** Cuts {@code text} to at most {@code maxLength} chars, at a space where there is one. */
    static String shorten(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        if (maxLength <= 0) {
            return "";
        }
        int cut = text.lastIndexOf(' ', maxLength);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        }
        return text.substring(0, cut).strip();
    }

    private static int countTerms(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }
        });
        return count[0];
    }
}
