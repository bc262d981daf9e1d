package io.newsdesk.bench.extraction;

import io.newsdesk.bench.BenchmarkException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * boilerpipe 1.1.0's {@code ArticleExtractor} (Kohlschütter et al., shallow text features), with
 * the NekoHTML parser it reads pages with.
 *
 * <p>NekoHTML needs Xerces 2.11, which registers itself as the JAXP XML parser factories: on the
 * class path it would change how the other benchmarks' peers (ROME) parse XML. So its jars are kept
 * apart ({@code target/peers/boilerpipe}, copied there by the build) and loaded in a class loader of
 * their own, and the extractor is called by reflection (a call costs nanoseconds; a page
 * milliseconds).
 */
final class BoilerpipeExtractor implements TextExtractor, AutoCloseable {

    static final String NAME = "boilerpipe";

    private static final String EXTRACTOR_CLASS = "de.l3s.boilerpipe.extractors.ArticleExtractor";

    private final URLClassLoader loader;
    private final Object extractor;
    private final Method getText;

    private BoilerpipeExtractor(URLClassLoader loader, Object extractor, Method getText) {
        this.loader = loader;
        this.extractor = extractor;
        this.getText = getText;
    }

    /**
     * Loads boilerpipe from the jars in a folder.
     *
     * @throws BenchmarkException when the folder has no usable boilerpipe
     */
    static BoilerpipeExtractor load(Path jarFolder) throws BenchmarkException {
        URLClassLoader loader = new URLClassLoader("boilerpipe", jarUrls(jarFolder),
                BoilerpipeExtractor.class.getClassLoader());
        try {
            Class<?> type = Class.forName(EXTRACTOR_CLASS, true, loader);
            return new BoilerpipeExtractor(loader, type.getField("INSTANCE").get(null),
                    type.getMethod("getText", String.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            closeQuietly(loader);
            throw new BenchmarkException("cannot load boilerpipe from " + jarFolder + ": " + e, e);
        }
    }

    /** Where the build puts boilerpipe's jars: {@code peers/boilerpipe} beside the bench's jar or classes. */
    static Path defaultJarFolder() throws BenchmarkException {
        try {
            Path codeSource = Path.of(BoilerpipeExtractor.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return codeSource.getParent().resolve("peers/boilerpipe");
        } catch (URISyntaxException | RuntimeException e) {
            throw new BenchmarkException("cannot tell where the bench module's jar is: " + e, e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String text(String html, String url) throws Exception {
        try {
            String text = (String) getText.invoke(extractor, html);
            return text == null ? "" : text;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static URL[] jarUrls(Path folder) throws BenchmarkException {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot read boilerpipe's jars in " + folder
                    + " (built by `mvn -pl bench package`): " + e, e);
        }
        if (urls.isEmpty()) {
            throw new BenchmarkException("no jars in " + folder + " (built by `mvn -pl bench package`)");
        }
        return urls.toArray(URL[]::new);
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // Nothing was loaded from it that could still be in use.
        }
    }
}
