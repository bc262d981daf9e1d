package io.newsdesk.bench.conformance;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads feedparser's test documents: the leading comment's {@code Description:}, {@code Expect:}
 * and {@code Header:} lines (a JSON document has them in its {@code __TEST__} member), in
 * whatever encoding the document is written.
 */
final class CaseFiles {

    private static final Pattern DESCRIPTION = Pattern.compile("Description:(.*?)\\n", Pattern.DOTALL);
    private static final Pattern EXPECT = Pattern.compile("Expect:(.*?)-->", Pattern.DOTALL);
    private static final Pattern HEADER = Pattern.compile("(?m)^\\s*Header:\\s*([^:\\n]*?):[ \\t]*(.*?)\\s*$");

    private static final List<Charset> ENCODINGS = List.of(
            StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
            Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

    /** How much of a document is searched for its test comment. */
    private static final int HEAD_BYTES = 64 * 1024;

    private CaseFiles() {}

    /** Every test document under the folder, in path order. */
    static List<ConformanceCase> under(Path tests) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tests)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<ConformanceCase> cases = new ArrayList<>(files.size());
        for (Path file : files) {
            String path = tests.relativize(file).toString().replace('\\', '/');
            cases.add(read(path, Files.readAllBytes(file)));
        }
        return cases;
    }

    /** One test document; a document without an {@code Expect:} line expects nothing ({@code ""}). */
    static ConformanceCase read(String path, byte[] body) {
        String head = head(body);
        Matcher expect = EXPECT.matcher(head);
        String expression = expect.find() ? expect.group(1).strip() : "";
        if (path.endsWith(".json") && expression.endsWith("\"")) {
            expression = expression.substring(0, expression.length() - 1).strip();
        }
        Matcher description = DESCRIPTION.matcher(head);
        Map<String, String> headers = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(head);
        while (header.find()) {
            headers.put(header.group(1).strip().toLowerCase(Locale.ROOT), header.group(2));
        }
        return new ConformanceCase(path, description.find() ? description.group(1).strip() : "", expression, headers, body);
    }

    /** The document's start in the first encoding in which it has an {@code Expect:} line. */
    private static String head(byte[] body) {
        int length = Math.min(body.length, HEAD_BYTES);
        for (Charset charset : ENCODINGS) {
            String text = new String(body, 0, length, charset);
            if (text.contains("Expect:")) {
                return text;
            }
        }
        return new String(body, 0, length, StandardCharsets.ISO_8859_1);
    }
}
