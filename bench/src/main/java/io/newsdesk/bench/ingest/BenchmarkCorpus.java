package io.newsdesk.bench.ingest;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.corpus.FeedCorpus;
import io.newsdesk.bench.corpus.SyntheticFeed;
import io.newsdesk.bench.corpus.SyntheticFormat;
import io.newsdesk.bench.server.ServedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything the feed server serves in a benchmark: the synthetic feeds and, optionally, real
 * feed documents from a fixtures folder, served as they are.
 *
 * @param documents what is served, synthetic feeds first
 * @param syntheticFeeds how many of them are synthetic
 * @param syntheticEntries how many entries the synthetic feeds hold together
 * @param description what the corpus is, for the report
 */
public record BenchmarkCorpus(
        List<ServedDocument> documents, int syntheticFeeds, long syntheticEntries, String description) {

    public BenchmarkCorpus {
        documents = List.copyOf(documents);
    }

    /** How many served documents are fixtures. */
    public int fixtureFeeds() {
        return documents.size() - syntheticFeeds;
    }

    /**
     * @param fixtures a folder whose {@code *.xml} files are served too, or {@code null}
     * @throws BenchmarkException when the fixtures folder cannot be read or holds no feeds
     */
    public static BenchmarkCorpus build(long seed, int feeds, int entriesPerFeed, Path fixtures)
            throws BenchmarkException {
        List<SyntheticFeed> synthetic = FeedCorpus.generate(seed, feeds, entriesPerFeed);
        List<ServedDocument> documents = new ArrayList<>(synthetic.size());
        Map<SyntheticFormat, Integer> formats = new EnumMap<>(SyntheticFormat.class);
        long syntheticBytes = 0;
        for (SyntheticFeed feed : synthetic) {
            byte[] body = feed.document();
            documents.add(new ServedDocument(feed.path(), feed.format().contentType(), body));
            formats.merge(feed.format(), 1, Integer::sum);
            syntheticBytes += body.length;
        }
        StringBuilder description = new StringBuilder(String.format(Locale.ROOT,
                "%d synthetic feeds × %d entries (seed %d; %d RSS 2.0, %d Atom 1.0, %d JSON Feed 1.1), %.1f MB of documents",
                feeds, entriesPerFeed, seed,
                formats.getOrDefault(SyntheticFormat.RSS20, 0),
                formats.getOrDefault(SyntheticFormat.ATOM10, 0),
                formats.getOrDefault(SyntheticFormat.JSONFEED11, 0),
                syntheticBytes / 1e6));
        if (fixtures != null) {
            List<ServedDocument> loaded = fixtureDocuments(fixtures);
            long fixtureBytes = loaded.stream().mapToLong(document -> document.body().length).sum();
            documents.addAll(loaded);
            description.append(String.format(Locale.ROOT, "; plus %d fixture feeds from %s (%.1f MB)",
                    loaded.size(), fixtures, fixtureBytes / 1e6));
        }
        return new BenchmarkCorpus(documents, synthetic.size(), (long) feeds * entriesPerFeed, description.toString());
    }

    private static List<ServedDocument> fixtureDocuments(Path folder) throws BenchmarkException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the fixtures folder " + folder + ": " + e.getMessage()
                    + " (pass --shared with the folder that holds corpora/)", e);
        }
        if (files.isEmpty()) {
            throw new BenchmarkException("no *.xml feed documents in " + folder);
        }
        List<ServedDocument> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            try {
                // Served as generic XML: the documents say their own encoding.
                documents.add(new ServedDocument(
                        "/fixtures/" + file.getFileName(), "application/xml", Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new BenchmarkException("cannot read fixture " + file + ": " + e.getMessage(), e);
            }
        }
        return documents;
    }
}
