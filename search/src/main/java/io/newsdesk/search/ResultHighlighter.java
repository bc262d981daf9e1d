package io.newsdesk.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights the title, standfirst and body of a page of hits in one pass over their stored
 * fields, using the offsets indexed with the postings (no re-analysis of the text).
 */
final class ResultHighlighter {

    /** Characters a standfirst or body passage aims for, centred on its matches. */
    static final int PASSAGE_LENGTH = 200;

    /**
     * How far into a field matches are looked for. Far above any article's length; it only stops
     * a pathological document from making every search that hits it slow.
     */
    private static final int MAX_HIGHLIGHT_LENGTH = 200_000;

    private static final String[] FIELDS = {IndexFields.TITLE, IndexFields.DEK, IndexFields.BODY};
    private static final int[] MAX_PASSAGES = {1, 1, 2};

    /** The highlighted title and snippet of one hit. */
    record Highlights(String titleHtml, String snippetHtml) {}

    private final FieldAwareHighlighter highlighter;

    ResultHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        this.highlighter = new FieldAwareHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new HtmlPassageFormatter())
                .withMaxLength(MAX_HIGHLIGHT_LENGTH)
                // The opening of a field is the fallback when its text did not match.
                .withMaxNoHighlightPassages(1));
    }

    /**
     * Highlights {@code query}'s matches in each of {@code docIds}.
     *
     * @return the highlights, in the order of {@code docIds}
     */
    List<Highlights> highlight(Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Map<String, Object[]> byField = highlighter.highlight(FIELDS, query, docIds, MAX_PASSAGES);
        Object[] titles = byField.get(IndexFields.TITLE);
        Object[] deks = byField.get(IndexFields.DEK);
        Object[] bodies = byField.get(IndexFields.BODY);
        List<Highlights> highlights = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<HighlightedPassage> title = passages(titles[i]);
            String titleHtml = title.isEmpty() ? "" : title.get(0).html();
            highlights.add(new Highlights(
                    titleHtml, SnippetComposer.compose(passages(deks[i]), passages(bodies[i]))));
        }
        return highlights;
    }

    /** A field the document lacks comes back as {@code null}. */
    private static List<HighlightedPassage> passages(Object formatted) {
        return formatted instanceof HtmlPassageFormatter.FormattedField field
                ? field.passages()
                : List.of();
    }

    /** Whole titles; standfirst and body passages cut at word boundaries around the matches. */
    private static final class FieldAwareHighlighter extends UnifiedHighlighter {

        FieldAwareHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (field.equals(IndexFields.TITLE)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f);
        }
    }
}
