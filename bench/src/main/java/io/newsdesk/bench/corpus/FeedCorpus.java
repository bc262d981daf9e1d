package io.newsdesk.bench.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates the benchmark's feeds deterministically from a seed: {@code feeds} made-up local
 * newspapers with {@code entriesPerFeed} entries each, in RSS 2.0, Atom 1.0 and JSON Feed 1.1 in
 * turn. Every entry has a realistic headline, one or two authors, one to three categories, a
 * publication date and an HTML body of 1–5 KB with paragraphs and links.
 *
 * <p>Each feed is generated from its own generator seeded by {@code seed} and its index, so feed
 * {@code i} is the same whatever the size of the corpus.
 */
public final class FeedCorpus {

    /** The smallest article body, in bytes. */
    public static final int MIN_BODY_BYTES = 1024;
    /** The largest article body, in bytes. */
    public static final int MAX_BODY_BYTES = 5120;

    // Fixed, so that the same seed gives byte-identical documents whenever it is run.
    private static final Instant NEWEST = Instant.parse("2025-11-01T06:00:00Z");
    private static final long MAX_GAP_MINUTES = 6 * 60;

    private FeedCorpus() {}

    /**
     * @throws IllegalArgumentException when {@code feeds} or {@code entriesPerFeed} is below 1
     */
    public static List<SyntheticFeed> generate(long seed, int feeds, int entriesPerFeed) {
        if (feeds < 1 || entriesPerFeed < 1) {
            throw new IllegalArgumentException("a corpus needs at least one feed of at least one entry");
        }
        Vocabulary vocabulary = Vocabulary.bundled();
        List<SyntheticFeed> corpus = new ArrayList<>(feeds);
        for (int index = 0; index < feeds; index++) {
            corpus.add(feed(vocabulary, seed, index, entriesPerFeed));
        }
        return List.copyOf(corpus);
    }

    private static SyntheticFeed feed(Vocabulary vocabulary, long seed, int index, int entries) {
        RandomGenerator random = new SplittableRandom(seed * 1_000_003L + index);
        NewsText text = new NewsText(vocabulary, random);
        String place = text.placeName();
        String outlet = text.outletName(place);
        String slug = NewsText.slug(outlet.substring("The ".length())) + "-" + index;
        String siteUrl = "https://" + slug + ".example";
        SyntheticFormat format = SyntheticFormat.values()[index % SyntheticFormat.values().length];

        List<SyntheticEntry> items = new ArrayList<>(entries);
        Instant published = NEWEST.minus(Duration.ofMinutes(random.nextLong(MAX_GAP_MINUTES)));
        for (int number = 0; number < entries; number++) {
            items.add(entry(text, random, place, siteUrl, slug, number, published));
            published = published.minus(Duration.ofMinutes(10 + random.nextLong(MAX_GAP_MINUTES)));
        }
        return new SyntheticFeed(index, format, slug, outlet, siteUrl, "News and views from " + place, items);
    }

    private static SyntheticEntry entry(
            NewsText text, RandomGenerator random, String place, String siteUrl, String slug, int number,
            Instant published) {
        String title = text.headline(place);
        String link = siteUrl + "/" + published.toString().substring(0, 10).replace('-', '/') + "/"
                + NewsText.slug(title) + "-" + number;
        List<String> authors = random.nextInt(6) == 0
                ? List.of(text.personName(), text.personName())
                : List.of(text.personName());
        Set<String> categories = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(3);
        while (categories.size() < wanted) {
            categories.add(text.topic());
        }
        Instant updated = random.nextInt(4) == 0 ? published.plus(Duration.ofMinutes(5 + random.nextLong(120))) : null;
        int bodyTarget = MIN_BODY_BYTES + random.nextInt(MAX_BODY_BYTES - NewsText.MAX_BLOCK_BYTES - MIN_BODY_BYTES + 1);
        return new SyntheticEntry(
                "tag:" + slug + ".example,2025:entry-" + number,
                title,
                link,
                authors,
                List.copyOf(categories),
                published,
                updated,
                text.standfirst(place),
                text.bodyHtml(place, siteUrl, bodyTarget));
    }
}
