package lab.spectra.model.labimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.spectra.model.auth.EmailAddresses;
import lab.spectra.model.auth.Role;

/**
 * Reads a people file ({@code email,name,role}) into the people to add, checking what the file
 * alone can tell: an address that is not one, a missing name, an unknown role, one address on two
 * lines. Whether an address is already taken is the server's to say, against the same line.
 * People are never added by commands (no password may wait in a bench's outbox), so this plan
 * holds people, not commands.
 */
public final class PeoplePlanner {

    /** Each person gets a temporary password hashed on purpose slowly; a lab's staff fits well below. */
    public static final int MAX_PEOPLE = 200;

    public static final int MAX_NAME = 200;

    /** What a people file would do. */
    public sealed interface Plan {}

    public record Ready(List<PersonToAdd> people) implements Plan {

        public Ready {
            people = List.copyOf(people);
        }
    }

    public record Refused(List<RowError> errors) implements Plan {

        public Refused {
            errors = List.copyOf(errors);
        }
    }

    private PeoplePlanner() {}

    public static Plan plan(byte[] file) {
        CsvRecords.Read read = CsvRecords.read(file, LabRecordKind.PEOPLE);
        if (read instanceof CsvRecords.Refused refused) {
            return new Refused(refused.errors());
        }
        List<CsvRow> rows = ((CsvRecords.Rows) read).rows();
        if (rows.size() > MAX_PEOPLE) {
            return new Refused(List.of(RowError.ofLine(
                    rows.get(MAX_PEOPLE).line(),
                    "A people file holds at most " + MAX_PEOPLE + " people; split it into several files")));
        }
        List<PersonToAdd> people = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfAddress = new HashMap<>();
        for (CsvRow row : rows) {
            List<RowError> rowErrors = new ArrayList<>();
            Optional<String> email = email(row, rowErrors);
            email.ifPresent(address -> {
                Integer earlier = firstLineOfAddress.putIfAbsent(address, row.line());
                if (earlier != null) {
                    rowErrors.add(RowError.of(
                            row.line(), "email", address + " is already on line " + earlier + " of this file"));
                }
            });
            String name = name(row, rowErrors);
            Optional<Role> role = role(row, rowErrors);
            if (rowErrors.isEmpty()) {
                people.add(new PersonToAdd(row.line(), email.orElseThrow(), name, role.orElseThrow()));
            }
            errors.addAll(rowErrors);
        }
        return errors.isEmpty() ? new Ready(people) : new Refused(errors);
    }

    private static Optional<String> email(CsvRow row, List<RowError> errors) {
        String text = row.get("email");
        if (text == null) {
            errors.add(RowError.of(row.line(), "email", "The e-mail address is missing"));
            return Optional.empty();
        }
        Optional<String> address = EmailAddresses.normalized(text);
        if (address.isEmpty()) {
            errors.add(RowError.of(
                    row.line(), "email", "\"" + text + "\" is not an e-mail address like name@lab.example"));
        }
        return address;
    }

    private static String name(CsvRow row, List<RowError> errors) {
        String name = row.get("name");
        if (name == null) {
            errors.add(RowError.of(row.line(), "name", "The name is missing"));
        } else if (name.length() > MAX_NAME) {
            errors.add(RowError.of(row.line(), "name", "The name is longer than " + MAX_NAME + " characters"));
        }
        return name;
    }

    private static Optional<Role> role(CsvRow row, List<RowError> errors) {
        String text = row.get("role");
        if (text == null) {
            errors.add(RowError.of(row.line(), "role", "The role is missing"));
            return Optional.empty();
        }
        return Arrays.stream(Role.values())
                .filter(role -> role.wireName().equalsIgnoreCase(text)
                        || role.displayName().equalsIgnoreCase(text))
                .findFirst()
                .or(() -> {
                    errors.add(RowError.of(
                            row.line(),
                            "role",
                            "\"" + text + "\" is not a role; one of admin, pi, engineer, technician, viewer"));
                    return Optional.empty();
                });
    }
}
