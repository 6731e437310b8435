package lab.spectra.server.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * Reads and changes the organization's settings (issue 13). A change rewrites the organization's
 * row in one transaction with its change-log entry (benches pull it) and an audit entry holding
 * the settings before and after; the next identity snapshot a bench fetches carries it, signed.
 */
public final class OrganizationSettingsService {

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final JdbcRowWriter writer;
    private final AuditTrail trail;

    public OrganizationSettingsService(Database database, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.trail = new AuditTrail(database, mapper);
    }

    public OrganizationSettings current(UserAccount viewer) {
        return database.inTenant(
                viewer.organizationId(),
                connection -> OrganizationSettings.of(
                        organization(new JdbcDomainState(connection, viewer.organizationId(), mapper))));
    }

    /** Replaces the settings; settings equal to the current ones change (and audit) nothing. */
    public OrganizationSettings update(UserAccount admin, OrganizationSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTenant(admin.organizationId(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, admin.organizationId());
            Organization before = organization(new JdbcDomainState(connection, admin.organizationId(), mapper));
            OrganizationSettings current = OrganizationSettings.of(before);
            if (current.equals(settings)) {
                return current;
            }
            Organization after = new Organization(
                    before.id(),
                    before.slug(),
                    before.name(),
                    settings.storedIn(before.settings()),
                    before.createdAt(),
                    now,
                    before.deletedAt(),
                    before.rowVersion() + 1);
            writer.write(connection, List.of(new RowChange.Updated(before, after)));
            ChangeLog.append(connection, sequence, "organizations", before.id(), null, now);
            trail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now,
                            admin.id(),
                            null,
                            null,
                            "UpdateOrganizationSettings",
                            "organizations",
                            before.id(),
                            shown(current),
                            shown(settings),
                            null));
            sequence.save(connection);
            return settings;
        });
    }

    private ObjectNode shown(OrganizationSettings settings) {
        ObjectNode json = mapper.createObjectNode();
        settings.writeTo(json);
        return json;
    }

    private static Organization organization(JdbcDomainState state) {
        return state.organization().orElseThrow(() -> new IllegalStateException("A user without an organization"));
    }
}
