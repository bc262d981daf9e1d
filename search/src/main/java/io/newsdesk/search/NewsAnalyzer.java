package io.newsdesk.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain for every text field, used both when indexing and when parsing queries.
 *
 * <p>Deliberately language-neutral, since feeds come in any language and the index has no
 * per-language fields yet: Unicode word boundaries (UAX #29), English possessives dropped
 * ("Obama's" finds "Obama"), lower-casing and folding of accents and other diacritics to ASCII
 * ("cafe" finds "café", "Muller" finds "Müller"); colons split words. There is no stemming and
 * no stop-word list: stemmers tuned for one language mangle names and words of the others, and
 * news readers search for names more than anything. Scripts without spaces between words (Chinese, Japanese) are
 * indexed one character per token, which finds them but ranks them crudely.
 */
final class NewsAnalyzer extends Analyzer {

    /**
     * Unicode counts a colon between letters as part of the word (Swedish "S:t"), so "EU:n" and a
     * typed "title:budget" would stay single tokens that nobody searches for. Splitting there lets
     * "EU" find the Finnish "EU:n" and searches field-like syntax as its words.
     */
    private static final NormalizeCharMap COLONS_SPLIT_WORDS = colonsToSpaces();

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(COLONS_SPLIT_WORDS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Applied to prefix-query terms, which are not tokenized, so "Café*" finds "cafeteria". */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static NormalizeCharMap colonsToSpaces() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String colon : new String[] {":", "\uFE13", "\uFE55", "\uFF1A"}) {
            map.add(colon, " ");
        }
        return map.build();
    }
}
