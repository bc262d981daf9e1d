package io.newsdesk.web.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.newsdesk.service.json.Json;
import io.newsdesk.web.http.BodyLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON object from a request body, read strictly: malformed JSON, duplicate or unknown fields and
 * values of the wrong type are answered 400 with a message that names the field and what it takes.
 * Read field by field rather than bound to a class, so every message speaks the API's field names.
 */
final class JsonBody {

    private static final ObjectReader READER = Json.mapper()
            .reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    /**
     * Reads the request's body, which must be one JSON object within the body limit. A body
     * declared as something other than JSON is refused (415): browsers can send form types across
     * sites without asking, but not JSON.
     */
    static JsonBody read(Context ctx, BodyLimits limits) {
        String contentType = ctx.contentType();
        if (contentType != null && !isJson(contentType)) {
            throw new UnsupportedMediaTypeResponse(
                    "send the body as JSON with Content-Type: application/json (got " + contentType + ")");
        }
        return parse(limits.readBody(ctx));
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /**
     * Parses a request body that must be one JSON object.
     *
     * @throws BadRequestResponse when it is empty, not JSON, or not an object
     */
    static JsonBody parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequestResponse("the request body is empty: send a JSON object");
        }
        JsonNode node;
        try {
            node = READER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("invalid JSON: " + e.getOriginalMessage() + where(e.getLocation()));
        } catch (IOException e) {
            throw new BadRequestResponse("invalid JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestResponse("the request body must be a JSON object, not " + describe(node));
        }
        return new JsonBody(node);
    }

    /**
     * Refuses fields other than {@code allowed}: a misspelt field would otherwise be ignored and
     * the request would quietly do something else than meant.
     */
    JsonBody allowOnly(Set<String> allowed) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BadRequestResponse("unknown field '" + name + "'; this request takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return this;
    }

    /** A string field that must be present and not blank, stripped. */
    String requiredText(String name) {
        String value = optionalText(name);
        if (value == null) {
            throw new BadRequestResponse("field '" + name + "' is required");
        }
        return value;
    }

    /** A string field; {@code null} when absent, {@code null} or blank. */
    String optionalText(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        String text = value.textValue().strip();
        return text.isEmpty() ? null : text;
    }

    /** A boolean field; {@code null} when absent. */
    Boolean optionalBoolean(String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false (leave it out to keep the current state)", value);
        }
        return value.booleanValue();
    }

    /** A boolean field that must be present. */
    boolean requiredBoolean(String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            throw new BadRequestResponse("field '" + name + "' is required");
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false", value);
        }
        return value.booleanValue();
    }

    /** An array of positive ids that must be present (it may be empty). */
    List<Long> requiredIds(String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            throw new BadRequestResponse("field '" + name + "' is required");
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array of positive whole numbers", value);
        }
        List<Long> ids = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.canConvertToExactIntegral() || !item.canConvertToLong() || item.asLong() < 1) {
                throw new BadRequestResponse("field '" + name + "' must be an array of positive whole numbers; item "
                        + i + " is " + describe(item));
            }
            ids.add(item.asLong());
        }
        return ids;
    }

    private static BadRequestResponse wrongType(String name, String expected, JsonNode actual) {
        return new BadRequestResponse("field '" + name + "' must be " + expected + ", got " + describe(actual));
    }

    private static String describe(JsonNode node) {
        if (node == null || node.getNodeType() == JsonNodeType.MISSING) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case NUMBER -> "the number " + node.asText();
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
