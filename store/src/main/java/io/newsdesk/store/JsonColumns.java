package io.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.domain.Enclosure;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON text columns of {@code entries}: authors, categories and enclosures. An empty list is
 * stored as NULL. A value that does not parse (edited by hand, say) reads as an empty list and is
 * logged, so that one bad row cannot break a whole page of entries.
 */
final class JsonColumns {

    private static final Logger log = LoggerFactory.getLogger(JsonColumns.class);
    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Enclosure>> ENCLOSURES = new TypeReference<>() {};

    private JsonColumns() {}

    static String writeStrings(List<String> values) {
        return write(values);
    }

    static String writeEnclosures(List<Enclosure> values) {
        return write(values);
    }

    static List<String> readStrings(String json, String column, long entryId) {
        return read(json, STRINGS, column, entryId);
    }

    static List<Enclosure> readEnclosures(String json, long entryId) {
        return read(json, ENCLOSURES, "enclosures", entryId);
    }

    private static String write(List<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            // Lists of strings and of a plain record always serialize.
            throw new IllegalStateException("cannot write JSON column", e);
        }
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type, String column, long entryId) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<T> values = MAPPER.readValue(json, type);
            return values == null ? List.of() : values;
        } catch (JsonProcessingException e) {
            log.warn("Entry {} has unreadable {} ({}); showing none", entryId, column, e.getOriginalMessage());
            return List.of();
        }
    }
}
