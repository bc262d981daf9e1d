package io.newsdesk.service.imports;

import io.newsdesk.parse.DocumentKind;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param name the file's name
 * @param kind what the file was taken for
 * @param feedId the local feed its entries went to, or {@code null} on failure
 * @param entryIds the stored entries, in document order (new, changed and already known alike)
 * @param inserted entries stored for the first time
 * @param updated entries whose content changed
 * @param error why the file was not imported, or {@code null}
 */
public record ImportedFile(
        String name, DocumentKind kind, Long feedId, List<Long> entryIds, int inserted, int updated, String error) {

    public ImportedFile {
        entryIds = entryIds == null ? List.of() : List.copyOf(entryIds);
    }

    static ImportedFile failed(String name, DocumentKind kind, String error) {
        return new ImportedFile(name, kind, null, List.of(), 0, 0, error);
    }

    public boolean failed() {
        return error != null;
    }
}
