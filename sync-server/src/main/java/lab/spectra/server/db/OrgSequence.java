package lab.spectra.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The organization's counters, read with a row lock that is held until the transaction ends.
 * Every writing transaction of an organization takes it first, so writes of one organization are
 * serialized and change numbers are handed out in commit order: a change committed later never
 * carries a smaller number than one a client has already read (SYNC.md, "Pull").
 */
public final class OrgSequence {

    private final UUID organizationId;
    private long lastChangeNumber;
    private long savedChangeNumber;
    private long lastAuditSequence;
    private String lastAuditHash;

    private OrgSequence(UUID organizationId, long lastChangeNumber, long lastAuditSequence, String lastAuditHash) {
        this.organizationId = organizationId;
        this.lastChangeNumber = lastChangeNumber;
        this.savedChangeNumber = lastChangeNumber;
        this.lastAuditSequence = lastAuditSequence;
        this.lastAuditHash = lastAuditHash;
    }

    public static OrgSequence lock(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_change_number, last_audit_sequence, last_audit_hash FROM org_sync_state"
                        + " WHERE organization_id = ? FOR UPDATE")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Organization " + organizationId + " has no sync state");
                }
                return new OrgSequence(organizationId, row.getLong(1), row.getLong(2), row.getString(3));
            }
        }
    }

    /** The newest change number the organization has given out (without locking the counters). */
    public static long lastChangeNumber(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_change_number FROM org_sync_state WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** Creates the counters of a new organization, in the transaction that creates it. */
    public static void create(Connection connection, UUID organizationId, String genesisHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO org_sync_state (organization_id, last_change_number, last_audit_sequence, last_audit_hash)"
                        + " VALUES (?, 0, 0, ?)")) {
            insert.setObject(1, organizationId);
            insert.setString(2, genesisHash);
            insert.executeUpdate();
        }
    }

    /** The counters at one moment, to go back to when the writes since are rolled back to a savepoint. */
    public record Mark(long lastChangeNumber, long lastAuditSequence, String lastAuditHash) {}

    public Mark mark() {
        return new Mark(lastChangeNumber, lastAuditSequence, lastAuditHash);
    }

    public void reset(Mark mark) {
        lastChangeNumber = mark.lastChangeNumber();
        lastAuditSequence = mark.lastAuditSequence();
        lastAuditHash = mark.lastAuditHash();
    }

    public UUID organizationId() {
        return organizationId;
    }

    public long nextChangeNumber() {
        return ++lastChangeNumber;
    }

    public long nextAuditSequence() {
        return lastAuditSequence + 1;
    }

    public String lastAuditHash() {
        return lastAuditHash;
    }

    public void audited(long sequence, String hash) {
        lastAuditSequence = sequence;
        lastAuditHash = hash;
    }

    public void save(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE org_sync_state SET last_change_number = ?, last_audit_sequence = ?, last_audit_hash = ?"
                        + " WHERE organization_id = ?")) {
            update.setLong(1, lastChangeNumber);
            update.setLong(2, lastAuditSequence);
            update.setString(3, lastAuditHash);
            update.setObject(4, organizationId);
            update.executeUpdate();
        }
        if (lastChangeNumber > savedChangeNumber) {
            // Announced in-process once the transaction commits (H2); PostgreSQL announces it itself.
            CommittedChanges.note(organizationId, lastChangeNumber);
            savedChangeNumber = lastChangeNumber;
        }
    }
}
