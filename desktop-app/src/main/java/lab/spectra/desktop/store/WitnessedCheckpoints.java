package lab.spectra.desktop.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import lab.spectra.model.audit.AuditCheckpoint;

/**
 * The server's signed audit checkpoints this PC received, kept for good: the bench as a witness.
 * An auditor exports them ({@code --export-audit-checkpoints}) and gives the folder to the
 * server's {@code verify-audit}, which then notices entries removed from the trail's end even if
 * every copy on the server side is gone.
 */
public final class WitnessedCheckpoints {

    private final LocalDatabase database;

    public WitnessedCheckpoints(LocalDatabase database) {
        this.database = database;
    }

    /**
     * Keeps a checkpoint whose signature was verified. Nothing is replaced: a statement about an
     * entry already witnessed with another hash is kept beside the first.
     *
     * @return whether it was new here
     */
    public boolean keep(AuditCheckpoint checkpoint, Instant receivedAt) {
        return database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO witnessed_audit_checkpoints"
                    + " (organization_id, sequence, head_hash, signed_at, statement, received_at)"
                    + " SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM witnessed_audit_checkpoints"
                    + " WHERE organization_id = ? AND sequence = ? AND head_hash = ?)")) {
                insert.setObject(1, checkpoint.organizationId());
                insert.setLong(2, checkpoint.sequence());
                insert.setString(3, checkpoint.headHash());
                insert.setObject(4, OffsetDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
                insert.setString(5, checkpoint.compact());
                insert.setObject(6, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
                insert.setObject(7, checkpoint.organizationId());
                insert.setLong(8, checkpoint.sequence());
                insert.setString(9, checkpoint.headHash());
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** The highest entry number witnessed for the organization of this PC, if any. */
    public OptionalLong newestSequence() {
        return database.transaction(connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT max(sequence) FROM witnessed_audit_checkpoints");
                    ResultSet row = select.executeQuery()) {
                row.next();
                long newest = row.getLong(1);
                return row.wasNull() ? OptionalLong.empty() : OptionalLong.of(newest);
            }
        });
    }

    /** Every statement witnessed, oldest entry first, as received. */
    public List<String> statements() {
        return database.transaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT statement FROM witnessed_audit_checkpoints ORDER BY organization_id, sequence");
                    ResultSet rows = select.executeQuery()) {
                List<String> statements = new ArrayList<>();
                while (rows.next()) {
                    statements.add(rows.getString(1));
                }
                return statements;
            }
        });
    }

    /**
     * Writes every statement as a {@code .jws} file into {@code directory}, the form
     * {@code verify-audit --checkpoints=<folder>} reads.
     *
     * @return how many files were written
     */
    public int exportTo(Path directory) {
        List<String> statements = statements();
        try {
            Files.createDirectories(directory);
            for (int i = 0; i < statements.size(); i++) {
                Files.writeString(
                        directory.resolve(String.format(Locale.ROOT, "witnessed-%06d.jws", i + 1)),
                        statements.get(i) + "\n",
                        StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export the audit checkpoints to " + directory, e);
        }
        return statements.size();
    }
}
