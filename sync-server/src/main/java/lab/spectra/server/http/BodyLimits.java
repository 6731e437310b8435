package lab.spectra.server.http;

/**
 * How large a request body may be, per kind of route. A body is read through a bounded stream and
 * refused with 413 as soon as it passes its route's limit, whether or not it announced its length.
 *
 * @param json           a JSON body (every route today); 1 MiB by default
 * @param rawUploadChunk one chunk of a raw upload (attachments), which may be larger than JSON
 */
public record BodyLimits(long json, long rawUploadChunk) {

    public static final long DEFAULT_JSON_BYTES = 1_048_576;
    public static final long DEFAULT_UPLOAD_CHUNK_BYTES = 8 * 1_048_576;

    public BodyLimits {
        if (json < 1 || rawUploadChunk < 1) {
            throw new IllegalArgumentException("Body limits must be positive");
        }
    }

    public static BodyLimits jsonOnly(long json) {
        return new BodyLimits(json, Math.max(json, DEFAULT_UPLOAD_CHUNK_BYTES));
    }

    /** The largest body any route accepts: what every request is bounded by before its route is known. */
    public long ceiling() {
        return Math.max(json, rawUploadChunk);
    }
}
