package lab.spectra.desktop.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.files.BenchFiles;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.runs.data.RunFiles;
import lab.spectra.desktop.workstation.Workstation;

/**
 * The data tab's way to the bench's files: taken in and read here; fetched from the server with
 * the signed-in person's current session, looked up at each call (signed in offline, there is none).
 */
final class BenchRunFiles implements RunFiles {

    private final Workstation workstation;
    private final UUID userId;

    BenchRunFiles(Workstation workstation, UUID userId) {
        this.workstation = workstation;
        this.userId = userId;
    }

    @Override
    public TakenIn takeIn(Path source) {
        BenchFiles.Held held = workstation.files().takeIn(source);
        return new TakenIn(held.contentSha256(), held.sizeBytes());
    }

    @Override
    public Optional<Path> local(String contentSha256) {
        return workstation.files().local(contentSha256);
    }

    @Override
    public Path fetch(String contentSha256) {
        Optional<Path> held = workstation.files().local(contentSha256);
        if (held.isPresent()) {
            return held.get();
        }
        ServerSession session = workstation
                .sessions()
                .of(userId)
                .orElseThrow(() -> new NotSignedInException(
                        "you are signed in offline; sign in again while connected, then open it"));
        return workstation.files().fetch(contentSha256, session);
    }
}
