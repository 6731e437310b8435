package lab.spectra.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongPredicate;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.db.ChangeNumbered;

/**
 * The answer cache (ADR 0033): a list's JSON answer kept under (organization, change number,
 * request), so that the same page asked again before anything in the organization changed is sent
 * as the bytes already encoded, without reading and encoding its rows again.
 *
 * <p>Exact, not merely fresh: every committed change to an organization's synced rows raises its
 * change number (the change log), and each request reads the number as it is now before anything
 * else. A page computed after reading number N holds every change up to N (it is read after), so
 * any request that reads N may be sent it; once a change commits, requests read N+1 and compute
 * afresh. The caller checks who may ask before it asks here: a cached answer skips the query,
 * never the permission.
 */
public final class AnswerCache {

    /**
     * Reads, in one transaction, the viewer's organization's newest change number and then, if
     * {@code wanted} says so for that number, the answer: refused (as the list itself would be) to
     * a viewer who may not read the organization's data.
     */
    @FunctionalInterface
    public interface ChangeNumberedRead {
        ChangeNumbered<?> read(LongPredicate wanted);
    }

    /** The default bound: pages of 100 samples are some 40 KB, so well over a thousand of them. */
    public static final long DEFAULT_MAXIMUM_BYTES = 64L * 1024 * 1024;

    private static final Duration UNUSED_FOR = Duration.ofMinutes(10);

    private record Key(UUID organizationId, long changeNumber, String request) {}

    private final ObjectMapper mapper;
    private final Cache<Key, byte[]> answers;

    public AnswerCache(ObjectMapper mapper, long maximumBytes) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .<Key, byte[]>weigher((key, body) -> body.length + key.request().length() + 64)
                .expireAfterAccess(UNUSED_FOR)
                .build();
    }

    /**
     * Answers 200 with the JSON of what {@code read} reads, or with the bytes kept for the same
     * request at the organization's current change number. The change number and, on a miss, the
     * answer are read in one transaction; the answer is encoded after it has ended.
     *
     * @param request every input the answer depends on besides the organization, already
     *                validated (e.g. {@code "samples limit=100 after=… barcode=…"})
     */
    public void answer(Context ctx, UserAccount viewer, String request, ChangeNumberedRead read) {
        UUID organizationId = viewer.organizationId();
        byte[][] kept = new byte[1][];
        ChangeNumbered<?> found = read.read(changeNumber -> {
            kept[0] = answers.getIfPresent(new Key(organizationId, changeNumber, request));
            return kept[0] == null;
        });
        byte[] body = kept[0];
        if (body == null) {
            body = encode(found.answer().orElseThrow());
            answers.put(new Key(organizationId, found.changeNumber(), request), body);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private byte[] encode(Object answer) {
        try {
            return mapper.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a list's answer", e);
        }
    }
}
