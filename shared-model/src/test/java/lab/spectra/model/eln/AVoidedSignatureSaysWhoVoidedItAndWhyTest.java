package lab.spectra.model.eln;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Part 11 §11.10(e): a voided signature names who voided it, when, and why. */
class AVoidedSignatureSaysWhoVoidedItAndWhyTest {

    private final Lab lab = new Lab();

    private void signAsAuthor() {
        ElnEntry current = lab.state.elnEntry(lab.elnEntry.id()).orElseThrow();
        assertThat(lab.handle(
                        new SignElnEntry(
                                lab.meta(lab.technician),
                                Ids.newId(),
                                current.id(),
                                SignatureMeaning.AUTHORED,
                                SignedContent.sha256(current)),
                        lab.technician))
                .isInstanceOf(Applied.class);
    }

    private Object edit(Actor editor, String reason) {
        ElnEntry current = lab.state.elnEntry(lab.elnEntry.id()).orElseThrow();
        return lab.handle(
                new EditElnEntry(
                        lab.meta(editor),
                        current.id(),
                        null,
                        new FieldChange<>(current.bodyMarkdown(), "Gate leakage 0.8 nA at -5 V."),
                        reason),
                editor);
    }

    private List<Signature> signatures() {
        return lab.state.signaturesOf(ElnEntry.RECORD_TABLE, lab.elnEntry.id());
    }

    @Test
    void theEditorsReasonAndNameAreKeptOnTheVoidedSignature() {
        signAsAuthor();

        assertThat(edit(lab.engineer, "Corrected the bias voltage")).isInstanceOf(Applied.class);

        Signature voided = signatures().get(0);
        assertThat(voided.voidedBy()).isEqualTo(lab.engineer.userId());
        assertThat(voided.voidedAt()).isEqualTo(Lab.NOW);
        assertThat(voided.voidReason()).isEqualTo("Corrected the bias voltage (edited by Eli Engineer)");
    }

    @Test
    void withoutAReasonTheVoidSaysTheEntryChangedAfterSigning() {
        signAsAuthor();

        edit(lab.engineer, "  ");

        assertThat(signatures().get(0).voidReason()).isEqualTo("Entry changed after signing (edited by Eli Engineer)");
    }

    @Test
    void aReasonLongerThanTheColumnIsRefusedAndVoidsNothing() {
        signAsAuthor();

        Object outcome = edit(lab.engineer, "x".repeat(EditElnEntry.REASON + 1));

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).code()).isEqualTo(RejectionCode.INVALID_INPUT);
        assertThat(signatures().get(0).valid()).isTrue();
    }
}
