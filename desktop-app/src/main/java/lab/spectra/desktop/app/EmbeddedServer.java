package lab.spectra.desktop.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.spectra.desktop.admin.backup.BackupFailed;
import lab.spectra.desktop.admin.backup.LabBackups;
import lab.spectra.desktop.firstrun.LabSetup;
import lab.spectra.desktop.firstrun.LabSetupRefused;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.login.DemoAccount;
import lab.spectra.server.SyncServer;
import lab.spectra.server.config.ServerConfig;
import lab.spectra.server.config.ServerConfigLoader;
import lab.spectra.server.demo.DemoData;

/**
 * The sync server run inside the app, on a free loopback port: the demo labs in development mode
 * (H2 under {@code <data>/server}), or this PC's own lab in single-PC mode (H2, keys and
 * checkpoints under {@code <data>/lab/server}, no demo accounts). This class, and nothing else in the
 * desktop, touches the server module (checked by {@code DesktopArchitectureTest}); it enters
 * through the server's front door (its configuration, {@link SyncServer} and the demo logins).
 */
public final class EmbeddedServer implements LocalServer {

    @Override
    public Running start(Path dataDirectory, LocalLab lab) {
        ServerConfig config = lab == LocalLab.DEMO ? config(dataDirectory) : labConfig(dataDirectory);
        return new Started(SyncServer.start(config), config, lab == LocalLab.DEMO);
    }

    @Override
    public boolean hasLab(Path dataDirectory) {
        return Files.exists(labDirectory(dataDirectory).resolve("server").resolve("spectra.mv.db"));
    }

    @Override
    public void setUp(Path dataDirectory, LabSetup setup) {
        if (hasLab(dataDirectory)) {
            throw new LabSetupRefused("A lab is already set up on this PC in " + labDirectory(dataDirectory), null);
        }
        try {
            SyncServer.createOrganization(
                    labConfig(dataDirectory),
                    setup.slug(),
                    setup.labName(),
                    setup.adminEmail(),
                    setup.adminName(),
                    setup.adminPassword());
        } catch (RuntimeException e) {
            // The server's refusals (a weak password, an unusable folder) are sentences already.
            throw new LabSetupRefused(e.getMessage(), e);
        }
    }

    /** This PC's own lab lives apart from the demo's files. */
    static Path labDirectory(Path dataDirectory) {
        return dataDirectory.resolve("lab");
    }

    static ServerConfig labConfig(Path dataDirectory) {
        return ServerConfigLoader.load(Map.of(
                        "SPECTRA_MODE",
                        "single-pc",
                        "SPECTRA_DATA_DIR",
                        labDirectory(dataDirectory).toString(),
                        "SPECTRA_HOST",
                        "127.0.0.1",
                        "SPECTRA_ALLOWED_HOSTS",
                        String.join(",", ServerConfig.Listener.LOOPBACK_NAMES)))
                .withPort(0);
    }

    /**
     * On loopback only, and answering only requests addressed to this PC's own names: a web page
     * in the PC's browser must not reach it by re-pointing its name at 127.0.0.1 (DNS rebinding).
     */
    static ServerConfig config(Path dataDirectory) {
        return ServerConfigLoader.load(Map.of(
                        "SPECTRA_MODE", "dev",
                        "SPECTRA_DATA_DIR", dataDirectory.toString(),
                        "SPECTRA_HOST", "127.0.0.1",
                        "SPECTRA_ALLOWED_HOSTS", String.join(",", ServerConfig.Listener.LOOPBACK_NAMES),
                        "SPECTRA_DEMO_DATA", "true"))
                .withPort(0);
    }

    private record Started(SyncServer server, ServerConfig config, boolean demo) implements Running {

        @Override
        public Optional<LabBackups> backups() {
            if (demo) {
                return Optional.empty();
            }
            return Optional.of(target -> {
                try {
                    return SyncServer.backupVerified(config, target);
                } catch (IOException | RuntimeException e) {
                    // The server's refusals ("exists already", "not intact") are sentences already.
                    throw new BackupFailed(e.getMessage(), e);
                }
            });
        }

        @Override
        public URI uri() {
            return server.baseUri();
        }

        /** The demo lab's people (the second demo organization has the same at its own domain). */
        @Override
        public List<DemoAccount> demoAccounts() {
            if (!demo) {
                return List.of();
            }
            return DemoData.logins().stream()
                    .filter(login -> login.email().endsWith("@demo.lab"))
                    .map(login -> new DemoAccount(
                            login.email(), login.password(), login.role().displayName()))
                    .toList();
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
