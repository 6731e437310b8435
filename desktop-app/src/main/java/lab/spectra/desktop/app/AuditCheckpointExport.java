package lab.spectra.desktop.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.WitnessedCheckpoints;

/**
 * {@code --export-audit-checkpoints <folder>}: writes the audit checkpoints this PC witnessed into
 * a folder an auditor hands to the server's {@code verify-audit --checkpoints=<folder>}. Run it
 * with the app closed (the local database is a single-user file).
 */
final class AuditCheckpointExport {

    static final String OPTION = "--export-audit-checkpoints";

    private AuditCheckpointExport() {}

    static int run(DesktopSettings settings, String[] args, PrintStream out) {
        int at = Arrays.asList(args).indexOf(OPTION);
        if (at < 0 || at + 1 >= args.length) {
            out.println("Usage: " + OPTION + " <folder>");
            return 2;
        }
        Path folder = Path.of(args[at + 1]).toAbsolutePath();
        try (LocalDatabase database = LocalDatabase.open(settings.benchDirectory())) {
            int written = new WitnessedCheckpoints(database).exportTo(folder);
            out.println("Exported " + written + " audit checkpoint(s) to " + folder);
            return 0;
        }
    }
}
