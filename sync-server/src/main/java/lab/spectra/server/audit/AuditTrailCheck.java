package lab.spectra.server.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.trust.PublicKeys;

/**
 * {@code verify-audit}: every organization's chain, compared with the checkpoints it can find -
 * the server's checkpoint directory, folders of checkpoints exported from bench PCs, and the
 * database's own copy - of which only those signed by this server's record keys count, and of
 * those not the ones a declared restore superseded (ADR 0040).
 */
public final class AuditTrailCheck {

    private final AuditVerifier verifier;
    private final CheckpointTable table;
    private final List<Path> checkpointDirectories;
    private final Optional<PublicKeys> serverKeys;

    /**
     * @param serverKeys this server's record-signing keys; without them no checkpoint can be
     *                   trusted, and the chains are checked on their own
     */
    public AuditTrailCheck(
            AuditVerifier verifier,
            CheckpointTable table,
            List<Path> checkpointDirectories,
            Optional<PublicKeys> serverKeys) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.table = Objects.requireNonNull(table, "table");
        this.checkpointDirectories = List.copyOf(checkpointDirectories);
        this.serverKeys = Objects.requireNonNull(serverKeys, "serverKeys");
    }

    public AuditVerification run() {
        List<AuditVerifier.Organization> organizations = verifier.organizations();
        List<String> statements = new ArrayList<>();
        checkpointDirectories.forEach(directory -> statements.addAll(CheckpointDirectory.statementsUnder(directory)));
        for (AuditVerifier.Organization organization : organizations) {
            statements.addAll(kept(organization));
        }
        List<RestoreDeclaration> restores = new ArrayList<>();
        checkpointDirectories.forEach(
                directory -> CheckpointDirectory.declarationsUnder(directory).forEach(statement -> serverKeys
                        .flatMap(keys -> RestoreDeclaration.verify(statement, keys))
                        .ifPresent(restores::add)));
        restores.sort(java.util.Comparator.comparing(RestoreDeclaration::declaredAt));
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        int unverified = 0;
        int superseded = 0;
        for (String statement : statements) {
            Optional<AuditCheckpoint> checkpoint = serverKeys.flatMap(keys -> AuditCheckpoint.verify(statement, keys));
            if (checkpoint.isEmpty()) {
                unverified++;
            } else if (restores.stream().anyMatch(restore -> restore.supersedes(checkpoint.get()))) {
                superseded++;
            } else {
                checkpoints.add(checkpoint.get());
            }
        }
        List<AuditVerification.Result> results = new ArrayList<>();
        for (AuditVerifier.Organization organization : organizations) {
            results.add(new AuditVerification.Result(organization, verifier.check(organization.id(), checkpoints)));
        }
        return new AuditVerification(
                results, unverified, serverKeys.isPresent(), new AuditVerification.Superseded(superseded, restores));
    }

    /** The database's copy; a schema from before checkpoints existed has none. */
    private List<String> kept(AuditVerifier.Organization organization) {
        try {
            return table.all(organization.id());
        } catch (DataAccessException e) {
            // Undefined table: PostgreSQL 42P01, H2 42S02.
            if ("42P01".equals(e.sqlState()) || "42S02".equals(e.sqlState())) {
                return List.of();
            }
            throw e;
        }
    }
}
