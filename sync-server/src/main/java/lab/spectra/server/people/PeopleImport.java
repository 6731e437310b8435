package lab.spectra.server.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.labimport.PeoplePlanner;
import lab.spectra.model.labimport.PersonToAdd;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.auth.login.AccountLookup;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.auth.login.TemporaryPasswords;
import lab.spectra.server.db.Database;
import lab.spectra.server.org.Provisioning;

/**
 * Adds a lab's existing staff from a people file: everyone on it, each with a one-time temporary
 * password shown once to the importing admin, or nobody. Like adding one person, it is online
 * only and audited per account; the file is checked first by {@link PeoplePlanner}, then each
 * address against the accounts that exist (in any organization, since sign-in finds an account by
 * its address alone; the answer never says which organization holds it).
 */
public final class PeopleImport {

    public sealed interface Outcome {}

    /** What the file would add; nothing was written. */
    public record Previewed(List<PersonToAdd> people) implements Outcome {}

    /** Everyone was added; the temporary passwords are in no other place. */
    public record Imported(List<Added> people) implements Outcome {}

    /** Nobody was added, because of these lines. */
    public record Refused(List<LineRefused> lines) implements Outcome {}

    public record Added(int line, UserAccount person, char[] temporaryPassword) {}

    public record LineRefused(int line, String column, String code, String message) {}

    private final Database database;
    private final Provisioning provisioning;
    private final PasswordHasher hasher;
    private final TemporaryPasswords temporaryPasswords = new TemporaryPasswords();

    public PeopleImport(Database database, Provisioning provisioning, PasswordHasher hasher) {
        this.database = Objects.requireNonNull(database, "database");
        this.provisioning = Objects.requireNonNull(provisioning, "provisioning");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    public Outcome run(UserAccount admin, byte[] file, boolean dryRun) {
        PeoplePlanner.Plan plan = PeoplePlanner.plan(file);
        if (plan instanceof PeoplePlanner.Refused refused) {
            return new Refused(refused.errors().stream()
                    .map(error -> new LineRefused(error.line(), error.column(), "invalid_line", error.message()))
                    .toList());
        }
        List<PersonToAdd> people = ((PeoplePlanner.Ready) plan).people();
        List<LineRefused> taken = taken(people);
        if (!taken.isEmpty()) {
            return new Refused(taken);
        }
        if (dryRun) {
            return new Previewed(people);
        }
        List<char[]> passwords = new ArrayList<>();
        List<Provisioning.NewAccount> accounts = new ArrayList<>();
        for (PersonToAdd person : people) {
            char[] password = temporaryPasswords.next();
            passwords.add(password);
            accounts.add(
                    new Provisioning.NewAccount(person.email(), person.name(), person.role(), hasher.hash(password)));
        }
        List<UserAccount> created;
        try {
            created = provisioning.createUsers(admin.organizationId(), accounts, admin.id(), true);
        } catch (RuntimeException e) {
            // An address taken between the check and the insert: the transaction added nobody.
            List<LineRefused> takenMeanwhile = taken(people);
            if (takenMeanwhile.isEmpty()) {
                throw e;
            }
            return new Refused(takenMeanwhile);
        }
        List<Added> added = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            added.add(new Added(people.get(i).line(), created.get(i), passwords.get(i)));
        }
        return new Imported(added);
    }

    private List<LineRefused> taken(List<PersonToAdd> people) {
        AccountLookup accounts = new AccountLookup(database);
        return people.stream()
                .filter(person -> accounts.byEmail(person.email()).isPresent())
                .map(person -> new LineRefused(
                        person.line(),
                        "email",
                        "email_taken",
                        "An account with the e-mail address " + person.email() + " exists already"))
                .toList();
    }
}
