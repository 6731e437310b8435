package lab.spectra.server.org;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.audit.AuditChain;
import lab.spectra.model.auth.Role;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.auth.login.StoredPasswords;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * Platform and administration operations that are not lab work: creating an organization (a
 * platform operation, done inside the new tenant's own context so no bypass of row-level
 * security is needed) and creating accounts. Both are audited like every other change.
 */
public final class Provisioning {

    private final Database database;
    private final Clock clock;
    private final JdbcRowWriter writer;
    private final AuditTrail auditTrail;
    private final RowCodec codec;

    public Provisioning(Database database, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.auditTrail = new AuditTrail(database, mapper);
        this.codec = new RowCodec(mapper);
    }

    /**
     * Creates an organization and records who asked for it.
     *
     * @param operator who asked for it: a platform admin's id, or null for the command line
     */
    public Organization createOrganization(String slug, String name, UUID operator) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Organization organization = new Organization(
                Ids.newId(), slug.strip().toLowerCase(Locale.ROOT), name.strip(), null, now, now, null, 1);
        return database.inTenant(organization.id(), connection -> {
            writer.insert(connection, organization);
            OrgSequence.create(connection, organization.id(), AuditChain.GENESIS);
            OrgSequence sequence = OrgSequence.lock(connection, organization.id());
            ChangeLog.append(connection, sequence, "organizations", organization.id(), null, now);
            auditTrail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now,
                            operator,
                            null,
                            null,
                            "platform:CreateOrganization",
                            "organizations",
                            organization.id(),
                            null,
                            codec.encode(organization).data(),
                            "platform operation"));
            sequence.save(connection);
            return organization;
        });
    }

    /** Creates an account with an already hashed password (never the password itself). */
    public UserAccount createUser(
            UUID organizationId, String email, String displayName, Role role, String passwordHash, UUID createdBy) {
        return createUser(organizationId, email, displayName, role, passwordHash, createdBy, false);
    }

    /**
     * Creates an account with an already hashed password.
     *
     * @param temporaryPassword true when the password was set for the person (by an admin or the
     *                          command line): they must choose their own before they get a session
     */
    public UserAccount createUser(
            UUID organizationId,
            String email,
            String displayName,
            Role role,
            String passwordHash,
            UUID createdBy,
            boolean temporaryPassword) {
        return createUsers(
                        organizationId,
                        List.of(new NewAccount(email, displayName, role, passwordHash)),
                        createdBy,
                        temporaryPassword)
                .get(0);
    }

    /** An account to create, its password already hashed. */
    public record NewAccount(String email, String displayName, Role role, String passwordHash) {}

    /**
     * Creates several accounts in one transaction: all of them, or (when any insert fails, e.g. an
     * address taken meanwhile) none.
     */
    public List<UserAccount> createUsers(
            UUID organizationId, List<NewAccount> accounts, UUID createdBy, boolean temporaryPassword) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTenant(organizationId, connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, organizationId);
            List<UserAccount> created = new ArrayList<>();
            for (NewAccount account : accounts) {
                UserAccount user = new UserAccount(
                        Ids.newId(),
                        organizationId,
                        account.email().strip().toLowerCase(Locale.ROOT),
                        account.displayName().strip(),
                        account.role(),
                        true,
                        now,
                        now,
                        null,
                        1);
                writer.insert(connection, user);
                StoredPasswords.set(connection, user.id(), account.passwordHash(), temporaryPassword);
                ChangeLog.append(connection, sequence, "users", user.id(), null, now);
                auditTrail.append(
                        connection,
                        sequence,
                        new AuditTrail.Event(
                                now,
                                createdBy,
                                null,
                                null,
                                "CreateUser",
                                "users",
                                user.id(),
                                null,
                                codec.encode(user).data(),
                                null));
                created.add(user);
            }
            sequence.save(connection);
            return List.copyOf(created);
        });
    }
}
