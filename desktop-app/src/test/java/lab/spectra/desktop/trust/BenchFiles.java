package lab.spectra.desktop.trust;

import java.nio.file.Path;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.LocalSqlWork;

/**
 * What someone with the bench's files and a person's password can do to them behind the app's
 * back, for the tampering tests: open the encrypted database directly and edit it.
 */
final class BenchFiles {

    private BenchFiles() {}

    static String databaseKey(Path directory, String email, String password) {
        Keyring keyring = Keyring.load(directory, null);
        Keyring.Person person = keyring.person(email).orElseThrow();
        return PersonKeys.unseal(person, password.toCharArray(), keyring.workstationId())
                .orElseThrow()
                .databaseKey()
                .orElseThrow();
    }

    static void edit(Path directory, String databaseKey, LocalSqlWork<Void> edit) {
        try (LocalDatabase database = LocalDatabase.open(directory, databaseKey)) {
            database.transaction(edit);
        }
    }
}
