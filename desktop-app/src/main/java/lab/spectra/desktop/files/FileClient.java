package lab.spectra.desktop.files;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.SessionCalls;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;

/** The server's file endpoints (ADR 0019), called with a person's session. */
public final class FileClient {

    /** Where an upload stands on the server. */
    public record Upload(UUID uploadId, String contentSha256, long sizeBytes, long receivedBytes, boolean stored) {}

    private final ServerLink link;
    private final SessionCalls calls;

    public FileClient(ServerLink link, SessionCalls calls) {
        this.link = link;
        this.calls = calls;
    }

    public Upload announce(ServerSession session, String contentSha256, long sizeBytes) {
        return calls.call(
                session,
                "to upload files",
                current -> link.post(
                        "/api/files/uploads",
                        current.accessToken(),
                        Map.of("content_sha256", contentSha256, "size_bytes", sizeBytes),
                        Upload.class));
    }

    /**
     * Sends one part at {@code offset}; when the server stands elsewhere (a part sent twice, a
     * cut), answers where it stands instead of failing.
     */
    public Upload part(ServerSession session, UUID uploadId, long offset, byte[] bytes) {
        try {
            return calls.call(
                    session,
                    "to upload files",
                    current -> link.putBytes(
                            "/api/files/uploads/" + uploadId + "?offset=" + offset,
                            current.accessToken(),
                            bytes,
                            Upload.class));
        } catch (ServerRefusedException refused) {
            if ("offset_mismatch".equals(refused.code())) {
                return status(session, uploadId);
            }
            throw refused;
        }
    }

    public Upload status(ServerSession session, UUID uploadId) {
        return calls.call(
                session,
                "to upload files",
                current -> link.get("/api/files/uploads/" + uploadId, current.accessToken(), Upload.class));
    }

    public Upload complete(ServerSession session, UUID uploadId) {
        return calls.call(
                session,
                "to upload files",
                current -> link.post(
                        "/api/files/uploads/" + uploadId + "/complete", current.accessToken(), Map.of(), Upload.class));
    }

    public void download(ServerSession session, String contentSha256, Path target) {
        calls.call(session, "to fetch files", current -> {
            link.download("/api/files/" + contentSha256, current.accessToken(), target);
            return null;
        });
    }
}
