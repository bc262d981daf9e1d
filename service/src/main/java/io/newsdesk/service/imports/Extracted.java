package io.newsdesk.service.imports;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Entry;
import io.newsdesk.parse.DocumentKind;

/**
 * An entry made from a single document (an article page or teaser text), before storage.
 *
 * @param kind what the document was ({@link DocumentKind#HTML} or {@link DocumentKind#TEXT})
 * @param entry the entry to store
 * @param article the extraction result for an HTML page, {@code null} for teaser text
 */
public record Extracted(DocumentKind kind, Entry entry, Article article) {}
