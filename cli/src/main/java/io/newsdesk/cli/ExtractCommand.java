package io.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsdesk.domain.Entry;
import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.imports.Extracted;
import io.newsdesk.service.json.Json;
import io.newsdesk.service.json.JsonShapes;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk extract FILE|URL}: the article of an HTML page or teaser text, storing nothing;
 * {@code newsdesk extract --jsonl FILE...}: the articles of many files, one JSON line each.
 */
@Command(name = "extract", description = {
    "Extract the article from an HTML page (a file or an http(s) address) or aggregator teaser text; nothing is stored.",
    "With --jsonl, extract any number of files (plain or gzip-compressed) in one run, printing one JSON object per "
            + "line as each is done: the article with its \"file\", or the \"file\" and an \"error\"; a file that fails "
            + "never stops the others."})
final class ExtractCommand extends Subcommand {

    @Parameters(paramLabel = "FILE|URL", arity = "1..*",
            description = "An HTML page or teaser text file, or a page's http(s) address; with --jsonl, files.")
    List<String> sources;

    @Option(names = "--url", paramLabel = "URL", description = "Where the file came from (resolves relative links).")
    String url;

    @Option(names = "--json", description = "Print the article as JSON.")
    boolean json;

    @Option(names = "--jsonl", description = "Extract every FILE, printing one JSON object per line.")
    boolean jsonLines;

    @Override
    public Integer call() {
        if (jsonLines) {
            return extractEach();
        }
        if (sources.size() != 1) {
            throw NewsdeskException.invalid("give one FILE or URL, or use --jsonl to extract many files");
        }
        Extracted extracted = extract(Standalone.documents(), read(sources.getFirst()));
        Entry entry = extracted.entry();
        if (json) {
            printJson(shape(extracted));
            return 0;
        }
        out().println(entry.title());
        if (entry.dek() != null) {
            out().println();
            out().println(entry.dek());
        }
        out().println();
        out().println(text(extracted));
        out().flush();
        return 0;
    }

    /** One line per file, in order, each printed as soon as it is done. */
    private int extractEach() {
        if (url != null) {
            throw NewsdeskException.invalid("--url names one page's address; with --jsonl each file is read without one");
        }
        Documents documents = Standalone.documents();
        int failed = 0;
        for (String source : sources) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", source);
            try {
                line.putAll(shape(extract(documents, PageSource.file(Path.of(source)))));
            } catch (NewsdeskException | InvalidPathException e) {
                line.put("error", e.getMessage());
                failed++;
            }
            out().println(compactJson(line));
            out().flush();
        }
        if (failed > 0) {
            err().printf("newsdesk: %d of %d files could not be extracted (see their \"error\")%n", failed, sources.size());
            err().flush();
            return 1;
        }
        return 0;
    }

    private PageSource read(String source) {
        if (PageSource.isUrl(source)) {
            return PageSource.fetch(source, root().allowPrivateNetworks);
        }
        return PageSource.file(Path.of(source));
    }

    private Extracted extract(Documents documents, PageSource page) {
        return documents.extract(page.content(), page.contentType(), url != null ? url : page.url());
    }

    private static Map<String, Object> shape(Extracted extracted) {
        return JsonShapes.extracted(extracted.entry(), extracted.article(), text(extracted));
    }

    private static String text(Extracted extracted) {
        return extracted.article() != null ? extracted.article().text()
                : HtmlSanitizer.toText(extracted.entry().content());
    }

    private static String compactJson(Map<String, Object> value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
