package io.newsdesk.bench.parsing;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.bench.corpus.FeedCorpus;
import io.newsdesk.bench.corpus.SyntheticEntry;
import io.newsdesk.bench.corpus.SyntheticFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The HTML the sanitizer benchmark feeds both sanitizers: what they meet in practice.
 *
 * <ul>
 *   <li>{@code fixture-entries}: the raw HTML of every entry (summaries and bodies) in the large
 *       feed fixtures, as ROME reads it, unsanitized: real publishers' markup;
 *   <li>{@code synthetic-bodies}: the 1–5 KB story bodies of the ingest benchmark's corpus;
 *   <li>{@code article-pages}: the article-extraction corpus's whole pages, the worst case.
 * </ul>
 */
public final class SanitizerFragments {

    /** The base URL the fragments are sanitized against. */
    public static final String BASE_URL = "https://news.example.org/section/story.html";

    private SanitizerFragments() {}

    /** The fragments of the named set (see the class comment). */
    public static List<String> load(String set, Path shared) {
        return switch (set) {
            case "fixture-entries" -> fixtureEntries(shared);
            case "synthetic-bodies" -> FeedCorpus.generate(2025, 20, 50).stream()
                    .map(SyntheticFeed::entries)
                    .flatMap(List::stream)
                    .map(SyntheticEntry::contentHtml)
                    .toList();
            case "article-pages" -> articlePages(shared);
            default -> throw new IllegalArgumentException("unknown fragment set: " + set);
        };
    }

    private static List<String> fixtureEntries(Path shared) {
        List<String> fragments = new ArrayList<>();
        try {
            for (byte[] document : ParsingCorpus.largeFixtures(shared).documents()) {
                try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document))) {
                    for (SyndEntry entry : new SyndFeedInput().build(reader).getEntries()) {
                        if (entry.getDescription() != null) {
                            fragments.add(entry.getDescription().getValue());
                        }
                        entry.getContents().stream().map(SyndContent::getValue).forEach(fragments::add);
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the large fixtures: " + e.getMessage(), e);
        }
        fragments.removeIf(fragment -> fragment == null || fragment.isBlank());
        return fragments;
    }

    private static List<String> articlePages(Path shared) {
        try (Stream<Path> files = Files.list(shared.resolve("corpora/article-extraction/html"))) {
            List<String> pages = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
