package lab.spectra.desktop.notebook.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.id.Ids;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ADR 0018: a signature whose device signature is not the signer's (a tampered bench, a forged
 * key) is applied locally like any command, then refused by the server with its reason: the bench
 * lists it under sync problems and takes its local effect back; the server writes nothing.
 */
class ASignatureTheServerCannotVerifyIsListedUnderSyncProblemsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("forgedsign");
    private final Workstation bench = testbed.newWorkstation();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    @Timeout(60)
    void theForgedSignatureIsRefusedUndoneAndListed() {
        UUID tech = org.technician().userId();
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        UUID entry = OfflineSigningBench.writeEntry(bench, tech, "Forged signature");
        String hash = new BenchSigning(bench).contentSha256(entry).orElseThrow();
        SignElnEntry unsigned =
                new SignElnEntry(bench.newMeta(tech), Ids.newId(), entry, SignatureMeaning.AUTHORED, hash);
        assertThat(bench.commands().execute(unsigned, dated -> {
                    SignElnEntry sign = (SignElnEntry) dated;
                    return new SignElnEntry(
                            sign.meta(),
                            sign.signatureId(),
                            entry,
                            sign.meaning(),
                            hash,
                            DeviceSignatures.sign(DeviceKeys.generate(), sign.payload()));
                }))
                .isInstanceOf(Applied.class);

        bench.sync().syncNow();

        assertThat(bench.problems().openFor(tech)).singleElement().satisfies(problem -> assertThat(problem.code())
                .isEqualTo(RejectionCode.SIGNATURE_INVALID));
        List<Signature> local = bench.read(state -> state.signaturesOf(ElnEntry.RECORD_TABLE, entry));
        assertThat(local).isEmpty();
        assertThat(new ServerTables(testbed.lab, org)
                        .count("SELECT count(*) FROM signatures WHERE record_id = ?", entry))
                .isZero();
    }
}
