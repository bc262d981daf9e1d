package io.newsdesk.web.readers.miniflux;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.service.json.Json;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.readers.ReaderIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object a Miniflux client sent. Read as Miniflux reads it: whatever the declared content
 * type (clients such as newsboat send none or a form type), and fields this server does not use
 * are left alone, since clients send Miniflux options Newsdesk has no use for. What a request
 * needs is checked strictly: a wrong type or an id out of range is answered 400 naming the field.
 */
final class MinifluxBody {

    private static final ObjectReader READER =
            Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode object;

    private MinifluxBody(JsonNode object) {
        this.object = object;
    }

    /** Reads the request's body within the body limit. */
    static MinifluxBody read(Context ctx, BodyLimits limits) {
        return parse(limits.readBody(ctx));
    }

    /**
     * Parses a body that must be one JSON object.
     *
     * @throws BadRequestResponse when it is empty, not JSON or not an object
     */
    static MinifluxBody parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequestResponse("the request body is empty: send a JSON object");
        }
        JsonNode node;
        try {
            node = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequestResponse("invalid JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestResponse("the request body must be a JSON object");
        }
        return new MinifluxBody(node);
    }

    /** A non-empty array of entry or feed ids, each from 1 to 2147483647. */
    List<Long> requiredIds(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new BadRequestResponse("field '" + name + "' is required");
        }
        if (!value.isArray()) {
            throw new BadRequestResponse("field '" + name + "' must be an array of ids");
        }
        if (value.isEmpty()) {
            throw new BadRequestResponse("field '" + name + "' must not be empty");
        }
        List<Long> ids = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            ids.add(id(name + "' item '" + i, value.get(i), 1));
        }
        return ids;
    }

    /** An id that may be absent or 0 (meaning none); {@code null} when absent. */
    Long optionalId(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : id(name, value, 0);
    }

    /** A string field that must be present and not blank, stripped. */
    String requiredText(String name) {
        String text = optionalText(name);
        if (text == null) {
            throw new BadRequestResponse("field '" + name + "' is required");
        }
        return text;
    }

    /** A string field; {@code null} when absent, null or blank. */
    String optionalText(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadRequestResponse("field '" + name + "' must be a string");
        }
        String text = value.textValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** A boolean field; {@code null} when absent or null. */
    Boolean optionalBoolean(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new BadRequestResponse("field '" + name + "' must be true or false");
        }
        return value.booleanValue();
    }

    private static long id(String name, JsonNode value, long min) {
        if (!value.isIntegralNumber()) {
            throw new BadRequestResponse("field '" + name + "' must be a whole number from " + min + " to "
                    + ReaderIds.MAX_INT_ID);
        }
        return ReaderIds.number("field '" + name + "'", value.asText(), min, ReaderIds.MAX_INT_ID);
    }
}
