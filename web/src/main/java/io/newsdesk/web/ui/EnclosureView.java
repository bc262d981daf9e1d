package io.newsdesk.web.ui;

import io.newsdesk.domain.Enclosure;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An attached media file as the article page presents it.
 *
 * @param url the file's URL (http or https)
 * @param kind how to present it
 * @param mimeType the declared MIME type, or {@code null}
 * @param fileName the last segment of the URL's path, for the download link's text
 * @param size the declared size for people ("61 MB"), or {@code null} when unknown
 */
public record EnclosureView(String url, MediaKind kind, String mimeType, String fileName, String size) {

    /** Common media extensions, for feeds that leave an enclosure's type out. */
    private static final Map<String, MediaKind> KIND_BY_EXTENSION = Map.ofEntries(
            Map.entry("mp3", MediaKind.AUDIO), Map.entry("m4a", MediaKind.AUDIO),
            Map.entry("aac", MediaKind.AUDIO), Map.entry("ogg", MediaKind.AUDIO),
            Map.entry("oga", MediaKind.AUDIO), Map.entry("opus", MediaKind.AUDIO),
            Map.entry("flac", MediaKind.AUDIO), Map.entry("wav", MediaKind.AUDIO),
            Map.entry("mp4", MediaKind.VIDEO), Map.entry("m4v", MediaKind.VIDEO),
            Map.entry("webm", MediaKind.VIDEO), Map.entry("mov", MediaKind.VIDEO),
            Map.entry("jpg", MediaKind.IMAGE), Map.entry("jpeg", MediaKind.IMAGE),
            Map.entry("png", MediaKind.IMAGE), Map.entry("gif", MediaKind.IMAGE),
            Map.entry("webp", MediaKind.IMAGE), Map.entry("avif", MediaKind.IMAGE),
            Map.entry("svg", MediaKind.IMAGE));

    /**
     * The view of {@code enclosure}, or {@code null} when its URL is not http or https and so must
     * not become a link or media source.
     */
    public static EnclosureView from(Enclosure enclosure) {
        String url = SafeUrl.httpOrNull(enclosure.url());
        if (url == null) {
            return null;
        }
        String mimeType = EntryDisplay.blankToNull(enclosure.type());
        String fileName = fileName(url);
        return new EnclosureView(url, kind(mimeType, fileName), mimeType, fileName, ByteSize.format(enclosure.length()));
    }

    /** The type and size for the download link ("audio/mpeg, 61 MB"), or {@code null} when neither is known. */
    public String details() {
        String joined = Stream.of(mimeType, size).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static MediaKind kind(String mimeType, String fileName) {
        if (mimeType != null) {
            String type = mimeType.toLowerCase(Locale.ROOT);
            if (type.startsWith("audio/")) {
                return MediaKind.AUDIO;
            }
            if (type.startsWith("video/")) {
                return MediaKind.VIDEO;
            }
            if (type.startsWith("image/")) {
                return MediaKind.IMAGE;
            }
            return MediaKind.FILE;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return KIND_BY_EXTENSION.getOrDefault(extension, MediaKind.FILE);
    }

    private static String fileName(String url) {
        String path = URI.create(url).getPath();
        if (path == null) {
            return url;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isEmpty() ? url : last;
    }
}
