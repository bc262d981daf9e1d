package io.newsdesk.service.fulltext;

import io.newsdesk.domain.Entry;
import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.store.FullTextRepository;
import java.util.List;
import java.util.Objects;

/**
 * How {@code auto} decides whether a feed's pages are worth fetching: whether its entries are
 * teasers of longer articles.
 *
 * <ol>
 *   <li>The sample is the feed's {@value #SAMPLE} latest entries that link to a web page (not on
 *       a reserved example domain). With fewer than {@value #MIN_SAMPLE}, nothing is decided yet.
 *   <li>An entry is a teaser when its parser marked it one (aggregator text ending in a "Read
 *       more" link), when its text ends with a read-more trailer ({@link ReadMoreTrailer}), or
 *       when it has less than {@value #SHORT_TEXT} characters of text.
 *   <li>When at least half the sample are teasers, the pages are fetched.
 *   <li>Otherwise, when the sample's median text is under {@value #LONG_TEXT} characters (a
 *       feed of short posts, or of long summaries), the latest entry that is no teaser is compared
 *       with its page:
 *       the pages are fetched when the entry's text is less than {@value #MUCH_SHORTER_PERCENT}%
 *       of the page's article.
 *   <li>Otherwise the entries carry their articles, and nothing is fetched.
 * </ol>
 */
final class TeaserRule {

    static final int SAMPLE = 10;
    static final int MIN_SAMPLE = 3;
    static final int SHORT_TEXT = 500;
    static final int LONG_TEXT = 2000;
    static final int MUCH_SHORTER_PERCENT = 40;

    private TeaserRule() {}

    /** What the feed's entries say. */
    sealed interface Verdict {

        /** Too few entries to judge by. */
        record TooFew(int sampled) implements Verdict {}

        /** Decided: fetch the pages or not, and why. */
        record Decided(boolean fetch, String reason) implements Verdict {}

        /** The entries could be either: compare {@code entry} with its page. */
        record ComparePage(Entry entry) implements Verdict {

            public ComparePage {
                Objects.requireNonNull(entry, "entry");
            }
        }
    }

    /** Whether an entry's link is a page that could tell something about the feed. */
    static boolean samples(Entry entry) {
        return FullTextRepository.isWebPage(entry.link()) && !ReservedNames.isReserved(entry.link());
    }

    /** Judges a feed by its latest entries, newest first; those {@link #samples} rejects are skipped. */
    static Verdict judge(List<Entry> latest) {
        List<Entry> sample = latest.stream().filter(TeaserRule::samples).limit(SAMPLE).toList();
        if (sample.size() < MIN_SAMPLE) {
            return new Verdict.TooFew(sample.size());
        }
        long teasers = sample.stream().filter(TeaserRule::isTeaser).count();
        if (teasers * 2 >= sample.size()) {
            return new Verdict.Decided(true, teasers + " of the " + sample.size()
                    + " latest entries are teasers (short, or ending in a \"read more\" link)");
        }
        int median = median(sample.stream().mapToInt(TeaserRule::textLength).sorted().toArray());
        if (median < LONG_TEXT) {
            // The newest entry that does not already read as a teaser is the one in question.
            return new Verdict.ComparePage(
                    sample.stream().filter(entry -> !isTeaser(entry)).findFirst().orElseThrow());
        }
        return new Verdict.Decided(false, "the latest entries carry their articles (" + teasers + " of "
                + sample.size() + " are teasers)");
    }

    /** Decides by comparing an entry's text with the article on its page. */
    static Verdict.Decided compare(Entry entry, String pageText) {
        int own = textLength(entry);
        int page = pageText == null ? 0 : pageText.strip().length();
        if (page == 0) {
            return new Verdict.Decided(false, "the latest entry's page has no article to compare with");
        }
        long percent = Math.round(100.0 * own / page);
        boolean shorter = own * 100L < (long) page * MUCH_SHORTER_PERCENT;
        return new Verdict.Decided(shorter, "the latest entry has " + percent + "% of the text of its page's article");
    }

    /** Whether the entry reads as a teaser of a longer article. */
    static boolean isTeaser(Entry entry) {
        String text = text(entry);
        return entry.teaser() || text.length() < SHORT_TEXT || ReadMoreTrailer.endsWithOne(text);
    }

    private static int textLength(Entry entry) {
        return text(entry).length();
    }

    private static String text(Entry entry) {
        String html = entry.content() != null ? entry.content() : entry.summary();
        return HtmlSanitizer.toText(html).strip();
    }

    private static int median(int[] sorted) {
        return sorted[sorted.length / 2];
    }
}
