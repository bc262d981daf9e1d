package io.newsdesk.store;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Who an entry is and what it says, as short stable strings.
 *
 * <p>The dedup key identifies an entry within its feed: the publisher's guid when there is one,
 * else its link, else its title and text. Keys are SHA-256 digests so that an overlong guid cannot
 * break the unique index (PostgreSQL limits index rows to a few kilobytes).
 *
 * <p>The fingerprint covers every stored field, so that any change of the content is noticed and an
 * unchanged entry is never rewritten. Its encoding is versioned and must stay stable: a change
 * would make every stored entry look changed once.
 */
final class EntryIdentity {

    private static final String FINGERPRINT_VERSION = "newsdesk-entry-1";

    private EntryIdentity() {}

    static String dedupKey(Entry entry) {
        String guid = strippedOrNull(entry.guid());
        if (guid != null) {
            return "guid:" + digest(guid.getBytes(StandardCharsets.UTF_8));
        }
        String link = strippedOrNull(entry.link());
        if (link != null) {
            return "link:" + digest(link.getBytes(StandardCharsets.UTF_8));
        }
        String body = entry.content() != null ? entry.content() : entry.summary();
        return "text:" + digest(encode(out -> {
            writeString(out, entry.title());
            writeString(out, body);
        }));
    }

    static String fingerprint(Entry entry) {
        return digest(encode(out -> {
            out.writeUTF(FINGERPRINT_VERSION);
            writeString(out, entry.guid());
            writeString(out, entry.title());
            writeString(out, entry.link());
            writeInstant(out, entry.published());
            writeInstant(out, entry.updated());
            writeString(out, entry.publishedPrecision() == null ? null : entry.publishedPrecision().code());
            writeStrings(out, entry.authors());
            writeString(out, entry.summary());
            writeString(out, entry.content());
            writeString(out, entry.dek());
            writeStrings(out, entry.categories());
            out.writeInt(entry.enclosures().size());
            for (Enclosure enclosure : entry.enclosures()) {
                writeString(out, enclosure.url());
                writeString(out, enclosure.type());
                writeLong(out, enclosure.length());
            }
            Source source = entry.source();
            writeString(out, source == null ? null : source.name());
            writeString(out, source == null ? null : source.url());
            out.writeBoolean(entry.teaser());
            writeLong(out, entry.count() == null ? null : entry.count().longValue());
            writeString(out, entry.language());
            writeString(out, entry.imageUrl());
        }));
    }

    private static String strippedOrNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private interface Encoding {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private static byte[] encode(Encoding encoding) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encoding.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    // Lengths and presence flags keep field boundaries unambiguous: ("ab", "c") ≠ ("a", "bc").
    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeBoolean(false);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeBoolean(true);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static void writeInstant(DataOutputStream out, Instant value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value.getEpochSecond());
            out.writeInt(value.getNano());
        }
    }

    private static void writeLong(DataOutputStream out, Long value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeLong(value);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
