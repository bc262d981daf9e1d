package io.newsdesk.sanitize;

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Real-world HTML for the differential tests: the fragments inside feedparser's sanitizer test
 * feeds and the demo feeds, the demo's article pages and teasers, and the article-extraction
 * corpus's pages (whole pages, as the worst case of a fragment).
 */
final class FragmentCorpus {

    /** One piece of HTML and where it came from. */
    record Fragment(String source, String html) {
        @Override
        public String toString() {
            return source;
        }
    }

    private FragmentCorpus() {}

    static Path shared() {
        String configured = System.getProperty("newsdesk.shared");
        return Path.of(configured != null && !configured.isBlank() ? configured : "../../shared");
    }

    /** The HTML inside each feed of feedparser's {@code wellformed/sanitize} folder. */
    static List<Fragment> feedparserSanitize() {
        return feedFragments(shared().resolve("corpora/feedparser/tests/wellformed/sanitize"));
    }

    /** The demo corpus: HTML in its XML feeds, its article pages and its teaser texts. */
    static List<Fragment> demo() {
        Path demo = Path.of("../service/src/main/resources/demo");
        List<Fragment> fragments = new ArrayList<>(feedFragments(demo.resolve("feeds")));
        fragments.addAll(files(demo.resolve("pages")));
        fragments.addAll(files(demo.resolve("teasers")));
        return fragments;
    }

    /** The article-extraction corpus's pages, whole. */
    static List<Fragment> articlePages() {
        return files(shared().resolve("corpora/article-extraction/html"));
    }

    private static List<Fragment> feedFragments(Path folder) {
        List<Fragment> fragments = new ArrayList<>();
        for (Path file : list(folder, ".xml")) {
            Document feed = Jsoup.parse(read(file), "", Parser.xmlParser());
            int index = 0;
            for (Element element : feed.getAllElements()) {
                String html = element.attr("type").equals("xhtml") ? element.html() : element.wholeOwnText();
                if (html.indexOf('<') >= 0 || html.indexOf('&') >= 0) {
                    fragments.add(new Fragment(file.getFileName() + "#" + index++, html));
                }
            }
        }
        return fragments;
    }

    private static List<Fragment> files(Path folder) {
        return list(folder, "").stream()
                .map(file -> new Fragment(file.getFileName().toString(), read(file)))
                .toList();
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix) || file.toString().endsWith(suffix + ".gz"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("corpus folder missing: " + folder.toAbsolutePath(), e);
        }
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            InputStream body = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
