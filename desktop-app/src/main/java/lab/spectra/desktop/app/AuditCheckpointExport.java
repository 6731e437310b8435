package lab.spectra.desktop.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.WitnessedCheckpoints;
import lab.spectra.desktop.trust.Keyring;
import lab.spectra.desktop.trust.PersonKeys;

/**
 * {@code --export-audit-checkpoints <folder> --as <e-mail>}: writes the audit checkpoints this PC
 * witnessed into a folder an auditor hands to the server's {@code verify-audit --checkpoints=<folder>}.
 * The bench's data is encrypted (ADR 0012), so someone who signed in on this PC unlocks it with
 * their password, typed at the prompt. Run it with the app closed (the database is a single-user
 * file).
 */
final class AuditCheckpointExport {

    static final String OPTION = "--export-audit-checkpoints";
    private static final String AS = "--as";

    private AuditCheckpointExport() {}

    static int run(DesktopSettings settings, String[] args, PrintStream out) {
        int at = Arrays.asList(args).indexOf(OPTION);
        int as = Arrays.asList(args).indexOf(AS);
        if (at < 0 || at + 1 >= args.length || as < 0 || as + 1 >= args.length) {
            out.println("Usage: " + OPTION + " <folder> " + AS + " <e-mail of someone who signed in on this PC>");
            return 2;
        }
        Path folder = Path.of(args[at + 1]).toAbsolutePath();
        Path bench = settings.benchDirectory();
        if (!Keyring.existsIn(bench)) {
            out.println("Nobody has signed in on this PC yet; there is nothing to export");
            return 1;
        }
        Keyring keyring = Keyring.load(bench, null);
        Optional<Keyring.Person> person = keyring.person(args[as + 1]);
        if (person.isEmpty()) {
            out.println(args[as + 1] + " has not signed in on this PC");
            return 1;
        }
        Optional<String> databaseKey = PersonKeys.unseal(person.get(), password(out), keyring.workstationId())
                .flatMap(PersonKeys.Unsealed::databaseKey);
        if (databaseKey.isEmpty()) {
            out.println("Wrong password");
            return 1;
        }
        try (LocalDatabase database = LocalDatabase.open(bench, databaseKey.get())) {
            int written = new WitnessedCheckpoints(database).exportTo(folder);
            out.println("Exported " + written + " audit checkpoint(s) to " + folder);
            return 0;
        }
    }

    private static char[] password(PrintStream out) {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("Password: ");
        }
        out.print("Password: ");
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException e) {
            return new char[0];
        }
    }
}
