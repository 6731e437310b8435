package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.audit.AuditEntry;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;

/** Recomputes an organization's audit chain from the database and names the first broken entry. */
public final class AuditVerifier {

    private final Database database;
    private final ObjectMapper mapper;

    public AuditVerifier(Database database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    public Optional<AuditChain.Break> verify(UUID organizationId) {
        List<AuditEntry> entries =
                database.inTenant(organizationId, connection -> new JdbcDomainState(connection, organizationId, mapper)
                        .<AuditEntry>findOrdered(Table.AUDIT_LOG, "1 = 1", "ORDER BY sequence"));
        return AuditChain.verify(entries);
    }
}
