package io.newsdesk.web.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * How large a request body may be, and reading bodies within that limit. Requests that announce
 * too large a body are refused before it is read; bodies sent without a length are cut off as
 * soon as they pass the limit, so no request can make the server buffer more than the limit.
 */
public final class BodyLimits implements Handler {

    private static final long MIB = 1024L * 1024;
    private static final long KIB = 1024L;

    private final long maxBodyBytes;
    private final long maxUploadBytes;
    private final Set<String> uploadPaths;

    /**
     * @param maxBodyBytes the limit for JSON and form bodies
     * @param maxUploadBytes the limit for uploaded documents
     * @param uploadPaths the paths that take uploaded documents; one ending in {@code /} stands for
     *     every path below it
     */
    public BodyLimits(long maxBodyBytes, long maxUploadBytes, Set<String> uploadPaths) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.uploadPaths = Set.copyOf(uploadPaths);
    }

    /** Refuses a request whose declared length is over its path's limit. */
    @Override
    public void handle(Context ctx) {
        long limit = takesUploads(ctx.path()) ? maxUploadBytes : maxBodyBytes;
        if (ctx.req().getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
    }

    /** Whether requests to {@code path} may carry an uploaded document. */
    boolean takesUploads(String path) {
        return uploadPaths.contains(path)
                || uploadPaths.stream().anyMatch(upload -> upload.endsWith("/") && path.startsWith(upload));
    }

    /** The limit for uploaded documents, for the multipart configuration. */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Reads a JSON or form body. */
    public byte[] readBody(Context ctx) {
        return read(ctx, maxBodyBytes);
    }

    /** Reads an uploaded document sent as the raw request body. */
    public byte[] readUpload(Context ctx) {
        return read(ctx, maxUploadBytes);
    }

    /** Reads an uploaded document from a stream (a multipart part). */
    public byte[] readUpload(InputStream content) {
        return readAtMost(content, maxUploadBytes);
    }

    /**
     * The file sent in {@code field} of a multipart form, or {@code null} when the form has none.
     *
     * @throws ContentTooLargeResponse when the form is over the upload limit
     * @throws BadRequestResponse when the form is not well-formed multipart
     */
    public UploadedFile uploadedFile(Context ctx, String field) {
        try {
            return ctx.uploadedFile(field);
        } catch (Exception e) {
            // The servlet container reports a broken or oversized form as its checked ServletException.
            if (exceededLimit(e)) {
                throw tooLarge(maxUploadBytes);
            }
            throw new BadRequestResponse(
                    "the uploaded form could not be read: it is not well-formed multipart/form-data");
        }
    }

    /** Whether the multipart parser gave up because the form passed its size limits. */
    static boolean exceededLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IllegalStateException && message != null && message.startsWith("max ")
                    && message.contains(" exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(Context ctx, long limit) {
        return readAtMost(ctx.bodyInputStream(), limit);
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BadRequestResponse("the request body could not be read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** The 413 answer for {@code limit}. */
    public static ContentTooLargeResponse tooLarge(long limit) {
        return new ContentTooLargeResponse("request body too large: at most " + size(limit) + " is accepted here");
    }

    /** A byte count as people read it: "1 MiB", "512 KiB", "300 bytes". */
    static String size(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
