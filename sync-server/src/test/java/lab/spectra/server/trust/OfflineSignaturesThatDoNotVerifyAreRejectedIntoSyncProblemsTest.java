package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Duration;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.trust.DeviceKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ADR 0018: a signature pushed from a bench holds only if its device signature is its signer's,
 * made with a current key registered for that bench, over exactly what the command says was
 * signed, and the content is still the server's. Anything else is rejected with its reason (what
 * the bench lists under sync problems) and no signature is written.
 */
class OfflineSignaturesThatDoNotVerifyAreRejectedIntoSyncProblemsTest {

    private static final TrustLab LAB = new TrustLab("bad-offline-sign");
    private static final String OTHER_HASH = "0".repeat(64);
    private final NotebookSigning notebook = new NotebookSigning(LAB);

    @AfterAll
    static void close() {
        LAB.close();
    }

    private Actor tech() {
        return LAB.org.technician();
    }

    private CommandResult.Rejected rejected(TrustLab.Bench bench, SignElnEntry sign, WriteElnEntry entry) {
        CommandResult answer = bench.push(tech(), bench.sign(sign)).results().get(0);
        assertThat(answer).isInstanceOf(CommandResult.Rejected.class);
        assertThat(notebook.signaturesOf(entry.entryId(), LAB.org.pi())).isEmpty();
        return (CommandResult.Rejected) answer;
    }

    @Test
    void aDeviceSignatureOverAnotherContentHashIsInvalid() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(tech());
        WriteElnEntry entry = notebook.writtenEntry(bench, tech(), "Tampered hash");
        SignElnEntry overOtherContent = notebook.signedOffline(
                bench, tech(), entry.entryId(), SignatureMeaning.AUTHORED, OTHER_HASH, bench.keys.get(tech().userId()));
        // The command is made to name the real hash while its device signature covers another.
        SignElnEntry tampered = new SignElnEntry(
                overOtherContent.meta(),
                overOtherContent.signatureId(),
                entry.entryId(),
                SignatureMeaning.AUTHORED,
                NotebookSigning.hashOf(entry),
                overOtherContent.deviceSignature());

        assertThat(rejected(bench, tampered, entry).code()).isEqualTo(RejectionCode.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureOverContentTheServerNoLongerHasIsRefusedAsChanged() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(tech());
        WriteElnEntry entry = notebook.writtenEntry(bench, tech(), "Changed meanwhile");
        SignElnEntry stale = notebook.signedOffline(
                bench, tech(), entry.entryId(), SignatureMeaning.AUTHORED, OTHER_HASH, bench.keys.get(tech().userId()));

        assertThat(rejected(bench, stale, entry).code()).isEqualTo(RejectionCode.SIGNED_CONTENT_CHANGED);
    }

    @Test
    void aSignatureWithoutADeviceSignatureIsInvalid() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(tech());
        WriteElnEntry entry = notebook.writtenEntry(bench, tech(), "No device signature");
        SignElnEntry bare = new SignElnEntry(
                bench.meta(tech(), LAB.clock.instant()),
                lab.spectra.model.id.Ids.newId(),
                entry.entryId(),
                SignatureMeaning.AUTHORED,
                NotebookSigning.hashOf(entry));

        assertThat(rejected(bench, bare, entry).code()).isEqualTo(RejectionCode.SIGNATURE_INVALID);
    }

    @Test
    void aDeviceSignatureByAKeyNobodyRegisteredIsInvalid() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(tech());
        WriteElnEntry entry = notebook.writtenEntry(bench, tech(), "Unknown key");
        ECKey stranger = DeviceKeys.generate();
        SignElnEntry sign = notebook.signedOffline(
                bench, tech(), entry.entryId(), SignatureMeaning.AUTHORED, NotebookSigning.hashOf(entry), stranger);

        assertThat(rejected(bench, sign, entry).code()).isEqualTo(RejectionCode.SIGNATURE_INVALID);
    }

    @Test
    void aDeviceSignatureByAnotherPersonsKeyIsInvalid() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(tech());
        bench.register(LAB.org.engineer());
        WriteElnEntry entry = notebook.writtenEntry(bench, tech(), "Another person's key");
        SignElnEntry sign = notebook.signedOffline(
                bench,
                tech(),
                entry.entryId(),
                SignatureMeaning.AUTHORED,
                NotebookSigning.hashOf(entry),
                bench.keys.get(LAB.org.engineer().userId()));

        assertThat(rejected(bench, sign, entry).code()).isEqualTo(RejectionCode.SIGNATURE_INVALID);
    }

    @Test
    void aDeviceSignatureByARevokedKeyIsRefusedAsRevoked() throws Exception {
        TrustLab.Bench bench = LAB.bench();
        bench.register(tech());
        ECKey revoked = bench.keys.get(tech().userId());
        LAB.server
                .parts()
                .database()
                .inTenant(
                        LAB.org.id(),
                        connection -> DeviceKeyStore.revokeAllOf(
                                connection, LAB.org.id(), tech().userId(), LAB.clock.instant()));
        LAB.clock.advance(Duration.ofMinutes(1));
        // Signed in online again: a new key seals the bench's commands, the revoked one signs.
        bench.register(tech());
        WriteElnEntry entry = notebook.writtenEntry(bench, tech(), "Revoked key");
        SignElnEntry sign = notebook.signedOffline(
                bench, tech(), entry.entryId(), SignatureMeaning.AUTHORED, NotebookSigning.hashOf(entry), revoked);

        assertThat(rejected(bench, sign, entry).code()).isEqualTo(RejectionCode.SIGNING_KEY_REVOKED);
    }
}
