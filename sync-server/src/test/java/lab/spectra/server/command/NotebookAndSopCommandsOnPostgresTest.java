package lab.spectra.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.RetireSop;
import lab.spectra.server.testing.PostgresTestDatabase;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notebook signatures and SOP decisions through the real command service: the state the rules
 * read from PostgreSQL (entries, signatures, SOPs) is the state the previous commands wrote.
 */
class NotebookAndSopCommandsOnPostgresTest {

    private static PostgresTestDatabase postgres;
    private static ServerLab lab;
    private static ServerLab.Org org;

    @BeforeAll
    static void organization() {
        postgres = PostgresTestDatabase.createMigrated();
        lab = new ServerLab(postgres);
        org = lab.createOrganization("notebook");
    }

    @AfterAll
    static void dropDatabase() {
        lab.close();
        postgres.close();
    }

    private ElnEntry entry(UUID id) {
        return lab.database.inTenant(org.id(), connection -> new JdbcDomainState(connection, org.id(), lab.mapper)
                .elnEntry(id)
                .orElseThrow());
    }

    private List<Signature> signaturesOf(UUID entryId) {
        return lab.database.inTenant(org.id(), connection -> new JdbcDomainState(connection, org.id(), lab.mapper)
                .signaturesOf(ElnEntry.RECORD_TABLE, entryId));
    }

    @Test
    void editingASignedEntryVoidsItsSignaturesInTheDatabase() {
        UUID sample = lab.sample(org, "NB-1");
        WriteElnEntry write = new WriteElnEntry(
                lab.meta(org.technician()),
                Ids.newId(),
                "Leakage",
                "Gate leakage below 1 nA.",
                List.of(sample),
                List.of());
        ServerLab.expectApplied(lab.run(write, org.technician()));
        String hash = SignedContent.sha256(entry(write.entryId()));
        ServerLab.expectApplied(lab.run(
                new SignElnEntry(
                        lab.meta(org.technician()), Ids.newId(), write.entryId(), SignatureMeaning.AUTHORED, hash),
                org.technician()));
        ServerLab.expectApplied(lab.run(
                new SignElnEntry(lab.meta(org.pi()), Ids.newId(), write.entryId(), SignatureMeaning.APPROVED, hash),
                org.pi()));

        ServerLab.expectApplied(lab.run(
                new EditElnEntry(
                        lab.meta(org.technician()),
                        write.entryId(),
                        null,
                        new FieldChange<>("Gate leakage below 1 nA.", "Gate leakage 0.8 nA.")),
                org.technician()));

        List<Signature> signatures = signaturesOf(write.entryId());
        assertThat(signatures)
                .extracting(Signature::meaning)
                .containsExactly(SignatureMeaning.AUTHORED, SignatureMeaning.APPROVED);
        assertThat(signatures).allSatisfy(signature -> {
            assertThat(signature.valid()).isFalse();
            assertThat(signature.contentSha256()).isEqualTo(hash);
            assertThat(signature.voidReason()).startsWith("Entry changed after signing");
        });
    }

    @Test
    void theReasonForRetiringAnSopIsKeptInTheAuditTrail() {
        CreateSopDraft draft =
                new CreateSopDraft(lab.meta(org.engineer()), Ids.newId(), "XRD analysis", "# Steps", null);
        ServerLab.expectApplied(lab.run(draft, org.engineer()));
        ServerLab.expectApplied(lab.run(new ApproveSop(lab.meta(org.pi()), draft.sopId(), 1L), org.pi()));
        ServerLab.expectApplied(
                lab.run(new RetireSop(lab.meta(org.admin()), draft.sopId(), "superseded by v2", 2L), org.admin()));

        List<String> reasons = lab.database.inTenant(org.id(), connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT action, reason FROM audit_log WHERE record_id = ? ORDER BY sequence")) {
                select.setObject(1, draft.sopId());
                try (ResultSet rows = select.executeQuery()) {
                    List<String> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(rows.getString(1) + ": " + rows.getString(2));
                    }
                    return found;
                }
            }
        });
        assertThat(reasons).containsExactly("CreateSopDraft: null", "ApproveSop: null", "RetireSop: superseded by v2");
    }
}
