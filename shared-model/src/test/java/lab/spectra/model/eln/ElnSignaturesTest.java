package lab.spectra.model.eln;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** E-signatures on notebook entries (spec §6): what they record, who may sign how, and voiding. */
class ElnSignaturesTest {

    private final Lab lab = new Lab();

    private SignElnEntry sign(Actor signer, SignatureMeaning meaning) {
        ElnEntry current = lab.state.elnEntry(lab.elnEntry.id()).orElseThrow();
        return new SignElnEntry(lab.meta(signer), Ids.newId(), current.id(), meaning, SignedContent.sha256(current));
    }

    private Outcome signAndHandle(Actor signer, SignatureMeaning meaning) {
        return lab.handle(sign(signer, meaning), signer);
    }

    private List<Signature> signatures() {
        return lab.state.signaturesOf(ElnEntry.RECORD_TABLE, lab.elnEntry.id());
    }

    private EditElnEntry editBody(Actor author, String newBody) {
        ElnEntry current = lab.state.elnEntry(lab.elnEntry.id()).orElseThrow();
        return new EditElnEntry(
                lab.meta(author), current.id(), null, new FieldChange<>(current.bodyMarkdown(), newBody));
    }

    @Test
    void aSignatureRecordsPrintedNameTimeMeaningAndTheHashOfWhatWasSigned() {
        SignElnEntry command = new SignElnEntry(
                lab.meta(lab.engineer, Lab.NOW.minus(Duration.ofMinutes(3))),
                Ids.newId(),
                lab.elnEntry.id(),
                SignatureMeaning.REVIEWED,
                SignedContent.sha256(lab.elnEntry));

        assertThat(lab.handle(command, lab.engineer)).isInstanceOf(Applied.class);

        Signature signature = lab.state.signature(command.signatureId()).orElseThrow();
        assertThat(signature.recordTable()).isEqualTo("eln_entries");
        assertThat(signature.recordId()).isEqualTo(lab.elnEntry.id());
        assertThat(signature.signerId()).isEqualTo(lab.engineer.userId());
        assertThat(signature.signerName()).isEqualTo("Eli Engineer");
        assertThat(signature.meaning()).isEqualTo(SignatureMeaning.REVIEWED);
        assertThat(signature.contentSha256()).isEqualTo(SignedContent.sha256(lab.elnEntry));
        assertThat(signature.signedAt()).isEqualTo(Lab.NOW.minus(Duration.ofMinutes(3)));
        assertThat(signature.valid()).isTrue();
    }

    @Test
    void anUpperCaseHashIsAcceptedAndStoredInLowerCase() {
        SignElnEntry command = new SignElnEntry(
                lab.meta(lab.technician),
                Ids.newId(),
                lab.elnEntry.id(),
                SignatureMeaning.AUTHORED,
                SignedContent.sha256(lab.elnEntry).toUpperCase(Locale.ROOT));

        assertThat(lab.handle(command, lab.technician)).isInstanceOf(Applied.class);

        assertThat(lab.state.signature(command.signatureId()).orElseThrow().contentSha256())
                .isEqualTo(SignedContent.sha256(lab.elnEntry));
    }

    @Test
    void signingAVersionOtherThanTheCurrentOneIsRefused() {
        String hashAsOpened = SignedContent.sha256(lab.elnEntry);
        lab.handle(editBody(lab.technician, "Gate leakage 0.8 nA at -5 V."), lab.technician);
        SignElnEntry stale = new SignElnEntry(
                lab.meta(lab.pi), Ids.newId(), lab.elnEntry.id(), SignatureMeaning.APPROVED, hashAsOpened);

        assertThat(lab.handle(stale, lab.pi))
                .isEqualTo(new Rejected(
                        RejectionCode.SIGNED_CONTENT_CHANGED,
                        "Entry Leakage of GaN-on-Si #1 was changed after you opened it; read the current version and sign"
                                + " again"));
        assertThat(signatures()).isEmpty();
    }

    @Test
    void aHashThatIsNotASha256IsRefusedAsBadInput() {
        SignElnEntry command = new SignElnEntry(
                lab.meta(lab.technician), Ids.newId(), lab.elnEntry.id(), SignatureMeaning.AUTHORED, "not-a-hash");
        assertThat(lab.handle(command, lab.technician))
                .isEqualTo(new Rejected(
                        RejectionCode.INVALID_INPUT,
                        "The hash of the signed content must be a SHA-256 in 64 hexadecimal digits"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"TECHNICIAN", "ENGINEER"})
    void signingAsApproverIsRefusedBelowPi(Role role) {
        Actor signer = lab.actorFor(role);
        assertThat(signAndHandle(signer, SignatureMeaning.APPROVED))
                .isEqualTo(new Rejected(
                        RejectionCode.NOT_PERMITTED,
                        "Your role (" + role.displayName() + ") may not sign as approver"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"PI", "ADMIN"})
    void aPiOrAdminMaySignAsApprover(Role role) {
        assertThat(signAndHandle(lab.actorFor(role), SignatureMeaning.APPROVED)).isInstanceOf(Applied.class);
    }

    @Test
    void aTechnicianMaySignTheirOwnEntryAsAuthor() {
        assertThat(signAndHandle(lab.technician, SignatureMeaning.AUTHORED)).isInstanceOf(Applied.class);
    }

    @Test
    void aTechnicianMaySignSomeoneElsesEntryAsReviewer() {
        Actor colleague = lab.actor(Role.TECHNICIAN, "Theo Technician");

        assertThat(signAndHandle(colleague, SignatureMeaning.REVIEWED)).isInstanceOf(Applied.class);
    }

    @Test
    void nobodySignsTheSameEntryTwiceWithTheSameMeaning() {
        signAndHandle(lab.engineer, SignatureMeaning.REVIEWED);

        assertThat(signAndHandle(lab.engineer, SignatureMeaning.REVIEWED))
                .isEqualTo(new Rejected(
                        RejectionCode.ALREADY_SIGNED,
                        "You have already signed entry Leakage of GaN-on-Si #1 as reviewer"));
    }

    @Test
    void theSameSignerMaySignWithAnotherMeaning() {
        signAndHandle(lab.pi, SignatureMeaning.REVIEWED);

        assertThat(signAndHandle(lab.pi, SignatureMeaning.APPROVED)).isInstanceOf(Applied.class);
    }

    @Test
    void anotherSignerMaySignWithTheSameMeaning() {
        signAndHandle(lab.engineer, SignatureMeaning.REVIEWED);

        assertThat(signAndHandle(lab.pi, SignatureMeaning.REVIEWED)).isInstanceOf(Applied.class);
    }

    @Test
    void aSignerMaySignAgainOnceTheirSignatureWasVoided() {
        signAndHandle(lab.engineer, SignatureMeaning.REVIEWED);
        lab.handle(editBody(lab.technician, "Gate leakage 0.8 nA at -5 V."), lab.technician);

        assertThat(signAndHandle(lab.engineer, SignatureMeaning.REVIEWED)).isInstanceOf(Applied.class);
    }

    @Test
    void changingASignedEntryVoidsItsSignaturesVisibly() {
        signAndHandle(lab.technician, SignatureMeaning.AUTHORED);
        signAndHandle(lab.pi, SignatureMeaning.APPROVED);

        Outcome outcome = lab.handle(editBody(lab.engineer, "Gate leakage 0.8 nA at -5 V."), lab.engineer);

        assertThat(outcome).isInstanceOf(Applied.class);
        assertThat(((Applied) outcome).changes())
                .filteredOn(change -> !(change.after() instanceof ElnEntryVersion))
                .hasSize(3)
                .filteredOn(change -> change.after() instanceof Signature)
                .allSatisfy(change -> assertThat(change).isInstanceOf(RowChange.Updated.class));
        assertThat(signatures()).hasSize(2).allSatisfy(signature -> {
            assertThat(signature.valid()).isFalse();
            assertThat(signature.voidedAt()).isEqualTo(Lab.NOW);
            assertThat(signature.voidReason()).isEqualTo("Entry changed after signing (edited by Eli Engineer)");
            assertThat(signature.rowVersion()).isEqualTo(2);
        });
    }

    @Test
    void aVoidedSignatureStillShowsWhoSignedWhatAndWhen() {
        signAndHandle(lab.technician, SignatureMeaning.AUTHORED);
        Signature signed = signatures().get(0);

        lab.handle(editBody(lab.technician, "Gate leakage 0.8 nA at -5 V."), lab.technician);

        Signature voided = signatures().get(0);
        assertThat(voided)
                .usingRecursiveComparison()
                .ignoringFields("voidedAt", "voidedBy", "voidReason", "rowVersion")
                .isEqualTo(signed);
    }

    @Test
    void anAlreadyVoidedSignatureIsNotVoidedAgain() {
        signAndHandle(lab.technician, SignatureMeaning.AUTHORED);
        lab.handle(editBody(lab.technician, "Second version."), lab.technician);

        Outcome outcome = lab.handle(editBody(lab.technician, "Third version."), lab.technician);

        assertThat(((Applied) outcome).changes())
                .filteredOn(change -> !(change.after() instanceof ElnEntryVersion))
                .hasSize(1);
        assertThat(signatures().get(0).voidReason())
                .isEqualTo("Entry changed after signing (edited by Tess Technician)");
        assertThat(signatures().get(0).rowVersion()).isEqualTo(2);
    }

    @Test
    void anEntryOfAnotherOrganizationCannotBeSigned() {
        Lab otherLab = new Lab();
        lab.state.put(otherLab.elnEntry);
        SignElnEntry command = new SignElnEntry(
                lab.meta(lab.pi),
                Ids.newId(),
                otherLab.elnEntry.id(),
                SignatureMeaning.APPROVED,
                SignedContent.sha256(otherLab.elnEntry));

        assertThat(lab.handle(command, lab.pi))
                .isEqualTo(
                        new Rejected(RejectionCode.NOT_FOUND, "The notebook entry was not found in this organization"));
    }

    @Test
    void theAuthorOfAnEntryCannotSignItAsReviewer() {
        assertThat(signAndHandle(lab.technician, SignatureMeaning.REVIEWED))
                .isEqualTo(new Rejected(
                        RejectionCode.SELF_APPROVAL,
                        "You wrote entry Leakage of GaN-on-Si #1; someone else has to sign it as reviewer"));
        assertThat(signatures()).isEmpty();
    }

    @Test
    void someoneWhoEditedAnEntryCannotSignItAsApprover() {
        lab.handle(editBody(lab.pi, "Gate leakage 0.8 nA at -5 V."), lab.pi);

        assertThat(signAndHandle(lab.pi, SignatureMeaning.APPROVED))
                .isEqualTo(new Rejected(
                        RejectionCode.EDITOR_APPROVAL,
                        "You edited entry Leakage of GaN-on-Si #1; another PI or admin has to sign it as approver"));
        assertThat(signatures()).isEmpty();
    }

    @Test
    void editingAnEntryKeepsTheEditorOnTheEntry() {
        lab.handle(editBody(lab.engineer, "Gate leakage 0.8 nA at -5 V."), lab.engineer);
        lab.handle(editBody(lab.engineer, "Gate leakage 0.7 nA at -5 V."), lab.engineer);

        assertThat(lab.state.elnEntry(lab.elnEntry.id()).orElseThrow().editorIds())
                .containsExactly(lab.engineer.userId());
    }
}
