package lab.spectra.desktop.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A bench's data directory as one release left it, kept in the test resources (issue 22): the
 * local database as an H2 {@code SCRIPT} (plain SQL, readable in a review and by any later H2),
 * the files the bench keeps beside it (keyring, trust anchor), the key the database is encrypted
 * with, and the list of commands its outbox holds. A test recreates the directory and opens it
 * with the code of the release under test, as a bench is opened after an update.
 */
final class BenchFixture {

    static final String DATABASE_SCRIPT = "bench.sql";
    static final String DATABASE_KEY = "database-key.txt";
    static final String OUTBOX = "outbox.tsv";
    /** The files a bench keeps beside its database, copied as they are. */
    static final List<String> FILES_BESIDE = List.of("keyring.json", "trust-anchor.json");

    /** A command waiting in the fixture's outbox: its place, id, wire name, author and whether it is signed. */
    record Queued(long seq, UUID commandId, String type, UUID authorId, boolean signed) {
        String line() {
            return seq + "\t" + commandId + "\t" + type + "\t" + authorId + "\t" + (signed ? "signed" : "unsigned");
        }

        static Queued parse(String line) {
            String[] fields = line.split("\t");
            return new Queued(
                    Long.parseLong(fields[0]),
                    UUID.fromString(fields[1]),
                    fields[2],
                    UUID.fromString(fields[3]),
                    fields[4].equals("signed"));
        }
    }

    private final String resources;

    /** @param resources the fixture's folder on the class path, e.g. {@code lab/spectra/desktop/store/fixtures/bench-schema-13} */
    BenchFixture(String resources) {
        this.resources = resources;
    }

    String databaseKey() {
        return text(DATABASE_KEY).strip();
    }

    List<Queued> queued() {
        return text(OUTBOX)
                .lines()
                .filter(line -> !line.isBlank())
                .map(Queued::parse)
                .toList();
    }

    /** Recreates the bench's data directory in {@code directory}: its encrypted database and the files beside it. */
    void restoreInto(Path directory) {
        try {
            Files.createDirectories(directory);
            for (String file : FILES_BESIDE) {
                Files.write(directory.resolve(file), bytes(file));
            }
            Path script = Files.createTempFile("bench-fixture-", ".sql");
            try {
                Files.write(script, bytes(DATABASE_SCRIPT));
                try (Connection connection = connect(directory, databaseKey());
                        Statement statement = connection.createStatement()) {
                    statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
                }
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The fixture's database script does not run: " + e.getMessage(), e);
        }
    }

    /** The outbox of a bench directory, read with plain JDBC: what is there, whatever code opens it later. */
    static List<Queued> outboxOf(Path directory, String databaseKey) {
        try (Connection connection = connect(directory, databaseKey);
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, command_id, command_type, author_id, key_id FROM outbox ORDER BY seq");
                ResultSet rows = select.executeQuery()) {
            List<Queued> queued = new ArrayList<>();
            while (rows.next()) {
                queued.add(new Queued(
                        rows.getLong(1),
                        rows.getObject(2, UUID.class),
                        rows.getString(3),
                        rows.getObject(4, UUID.class),
                        rows.getString(5) != null));
            }
            return queued;
        } catch (SQLException e) {
            throw new IllegalStateException("The bench's outbox is unreadable: " + e.getMessage(), e);
        }
    }

    /** A connection to the encrypted bench file as {@link LocalDatabase} makes it (same user, same key). */
    static Connection connect(Path directory, String databaseKey) throws SQLException {
        Path file = directory.toAbsolutePath().normalize().resolve("bench");
        return DriverManager.getConnection(
                "jdbc:h2:file:" + file + ";CIPHER=AES;NON_KEYWORDS=VALUE", "bench", databaseKey + " ");
    }

    private String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private byte[] bytes(String name) {
        String path = "/" + resources + "/" + name;
        try (InputStream in = BenchFixture.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The fixture file " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
