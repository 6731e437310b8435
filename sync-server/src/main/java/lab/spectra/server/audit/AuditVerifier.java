package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.jdbc.RowMapping;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;

/**
 * Recomputes an organization's audit chain from the database, names the first broken entry, and
 * compares the trail with the checkpoints signed outside it, which is what shows entries removed
 * from its end or a trail rewritten with recomputed hashes.
 */
public final class AuditVerifier {

    /** An organization as the operator knows it. */
    public record Organization(UUID id, String slug) {}

    private final Database database;
    private final ObjectMapper mapper;

    public AuditVerifier(Database database, ObjectMapper mapper) {
        // Numbers read exactly: chain format 2 hashes the decimal stored, not its nearest double.
        this.database = database;
        this.mapper = ExactJson.reader(mapper);
    }

    /** The chain alone: the first broken entry, or empty when every link holds. */
    public Optional<AuditChain.Break> verify(UUID organizationId) {
        return AuditChain.verify(entries(organizationId));
    }

    /**
     * The chain, then every checkpoint given for this organization (already verified as signed by
     * this server): the trail must reach each checkpoint's entry and have that entry's hash there.
     */
    public AuditVerdict check(UUID organizationId, List<AuditCheckpoint> checkpoints) {
        List<AuditEntry> entries = entries(organizationId);
        Optional<AuditChain.Break> broken = AuditChain.verify(entries);
        if (broken.isPresent()) {
            return new AuditVerdict.Broken(organizationId, broken.get());
        }
        List<AuditCheckpoint> newestFirst = checkpoints.stream()
                .filter(checkpoint -> checkpoint.organizationId().equals(organizationId))
                .sorted(Comparator.comparingLong(AuditCheckpoint::sequence).reversed())
                .toList();
        for (AuditCheckpoint checkpoint : newestFirst) {
            if (checkpoint.sequence() > entries.size()) {
                return new AuditVerdict.Truncated(organizationId, checkpoint, entries.size());
            }
            String hashNow = entries.get((int) checkpoint.sequence() - 1).hash();
            if (!hashNow.equals(checkpoint.headHash())) {
                return new AuditVerdict.Rewritten(organizationId, checkpoint, hashNow);
            }
        }
        return new AuditVerdict.Intact(
                organizationId, entries.size(), newestFirst.stream().findFirst());
    }

    /**
     * Every organization, for a verification of all of them. Only a role that sees across tenants
     * (the owner) gets them all; the application role sees none.
     */
    public List<Organization> organizations() {
        return database.withoutTenant(connection -> {
            List<Organization> organizations = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, slug FROM organizations ORDER BY slug")) {
                while (rows.next()) {
                    organizations.add(new Organization(rows.getObject(1, UUID.class), rows.getString(2)));
                }
            }
            return organizations;
        });
    }

    /** The organization's whole trail in sequence order, whatever its numbers: the chain judges them. */
    private List<AuditEntry> entries(UUID organizationId) {
        RowMapping<AuditEntry> mapping = RowMapping.of(Table.AUDIT_LOG);
        return database.inTenant(organizationId, connection -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement(mapping.select() + " WHERE organization_id = ? ORDER BY sequence")) {
                select.setObject(1, organizationId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(mapping.read(rows, mapper));
                    }
                }
            }
            return entries;
        });
    }
}
