package lab.spectra.desktop.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.firstrun.LocalLab;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.login.DemoAccount;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.sync.SyncEngine;
import lab.spectra.desktop.workstation.Workstation;

/**
 * {@code --self-test}: proves an installed app works without showing a window. In a throw-away
 * folder it opens a local database, starts the local server with the demo labs, signs in,
 * syncs and evaluates the calibrations, then draws a chart of 100,000 points into a PNG where a
 * display lets JavaFX start; exit code 0 when all of it worked.
 */
public final class SelfTest {

    private SelfTest() {}

    public static int run(LocalServer localServer, PrintStream out) {
        try {
            Path data = Files.createTempDirectory("spectra-self-test-");
            return run(localServer, data, out);
        } catch (IOException e) {
            out.println("Self-test failed: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
    }

    public static int run(LocalServer localServer, Path data, PrintStream out) {
        long started = System.nanoTime();
        try (LocalServer.Running server = localServer.start(data, LocalLab.DEMO);
                Workstation workstation = Workstation.open(data.resolve("bench"), server.uri())) {
            out.println("Local database and embedded server started (" + server.uri() + ")");
            DemoAccount tech = server.demoAccounts().stream()
                    .filter(account -> account.email().startsWith("tech@"))
                    .findFirst()
                    .orElseThrow();
            ServerSession session = workstation.signIn(tech.email(), tech.password());
            out.println("Signed in as " + session.displayName() + " ("
                    + session.role().displayName() + ")");
            SyncEngine.Report report = workstation.sync().syncNow();
            if (!report.succeeded()) {
                out.println("Self-test failed: sync did not complete: " + report.failure());
                return 1;
            }
            List<InstrumentLockout> instruments =
                    new InstrumentLockouts(new BenchReads(workstation.commands()), workstation.clock()).evaluate();
            if (instruments.isEmpty()) {
                out.println("Self-test failed: no instruments arrived from the server");
                return 1;
            }
            out.println("Synced " + report.pulledRows() + " rows; " + instruments.size() + " instruments, "
                    + instruments.stream().filter(InstrumentLockout::locked).count() + " locked");
            out.println(ChartSelfCheck.draw(data).line());
            out.printf("Self-test passed in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (RuntimeException | IOException e) {
            out.println("Self-test failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("Self-test interrupted");
            return 1;
        }
    }
}
