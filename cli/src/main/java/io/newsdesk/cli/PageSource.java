package io.newsdesk.cli;

import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchRequest;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.imports.Documents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Where {@code newsdesk extract} reads a page from: a file (plain or gzip-compressed) or a web
 * address, fetched as Newsdesk fetches every page (same limits, and by default no loopback,
 * private or link-local addresses).
 *
 * @param content the page's bytes
 * @param contentType the Content-Type it was served with, or {@code null} for a file
 * @param url the address it came from (after redirects), or {@code null} for a file
 */
record PageSource(byte[] content, String contentType, String url) {

    /** Whether an argument names a web address rather than a file. */
    static boolean isUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /**
     * Reads a file, decompressing it when it is gzip-compressed.
     *
     * @throws NewsdeskException INVALID when it cannot be read, is too large or is a broken gzip
     */
    static PageSource file(Path file) {
        byte[] content = Documents.read(file);
        return new PageSource(isGzip(content) ? gunzip(content, file) : content, null, null);
    }

    /**
     * Fetches a page.
     *
     * @param allowPrivateNetworks whether loopback, private and link-local addresses may be fetched
     * @throws NewsdeskException UPSTREAM when it cannot be fetched, saying why
     */
    static PageSource fetch(String url, boolean allowPrivateNetworks) {
        FetchSettings settings = FetchSettings.builder().allowPrivateNetworks(allowPrivateNetworks).build();
        try (Fetcher fetcher = new Fetcher(settings)) {
            FetchResult result = fetcher.fetch(FetchRequest.page(url));
            return new PageSource(result.body(), result.contentType(), result.finalUrl());
        } catch (FetchException e) {
            String hint = e.reason() == FetchException.Reason.ADDRESS_REFUSED
                    ? "; to allow pages on this machine or its network, run with --allow-private-networks"
                            + " (or NEWSDESK_ALLOW_PRIVATE_NETWORKS=true)"
                    : "";
            throw NewsdeskException.upstream("could not fetch " + url + ": " + e.getMessage() + hint, e);
        }
    }

    private static boolean isGzip(byte[] content) {
        return content.length >= 2 && content[0] == (byte) 0x1F && content[1] == (byte) 0x8B;
    }

    /** The decompressed content, no larger than a plain file may be. */
    private static byte[] gunzip(byte[] compressed, Path file) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                if (out.size() > Documents.MAX_FILE_BYTES) {
                    throw NewsdeskException.invalid(file + " is larger than "
                            + Documents.MAX_FILE_BYTES / (1024 * 1024) + " MiB uncompressed");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw NewsdeskException.invalid(file + " is not readable gzip: " + e.getMessage());
        }
    }
}
