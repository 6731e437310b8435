package lab.spectra.desktop.notebook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ADR 0018: when an engineer's edit voids a technician's signature, the technician's bench learns
 * it from the synced signature row: who voided it and why.
 */
class TheAuthorSeesWhichOfTheirSignaturesSomeoneElseVoidedTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("voidnotice");
    private final Workstation bench = testbed.newWorkstation();
    private final BenchSigning signing = new BenchSigning(bench);

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    @Timeout(60)
    void anEditBySomeoneElseShowsUpWithTheEditorAndTheReason() {
        UUID tech = org.technician().userId();
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        UUID entry = OfflineSigningBench.writeEntry(bench, tech, "Will be corrected");
        String shown = signing.contentSha256(entry).orElseThrow();
        assertThat(signing.sign(tech, entry, SignatureMeaning.AUTHORED, shown, OfflineSigningBench.password()))
                .isInstanceOf(SigningOutcome.Signed.class);
        bench.sync().syncNow();
        assertThat(signing.voidedByOthers(tech)).isEmpty();
        ElnEntry current = bench.read(state -> state.elnEntry(entry)).orElseThrow();

        CommandResult edited = testbed.lab.commands.execute(
                new EditElnEntry(
                        new CommandMeta(Ids.newId(), org.engineer().userId(), Ids.newId(), Instant.now()),
                        entry,
                        null,
                        new FieldChange<>(current.bodyMarkdown(), "Δ = 0.4 V at θ = 45°."),
                        "Re-read the plot"),
                org.engineer());
        assertThat(edited).isInstanceOf(CommandResult.Applied.class);
        bench.sync().syncNow();

        assertThat(signing.voidedByOthers(tech)).singleElement().satisfies(voided -> {
            assertThat(voided.voidedBy()).isEqualTo(org.engineer().userId());
            assertThat(voided.voidReason()).startsWith("Re-read the plot (edited by ");
            assertThat(voided.valid()).isFalse();
        });
    }
}
