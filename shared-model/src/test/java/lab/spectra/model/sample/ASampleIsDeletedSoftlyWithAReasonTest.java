package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** A PI or admin deletes a sample: it stays, marked with who, when and why, and its barcode stays taken. */
class ASampleIsDeletedSoftlyWithAReasonTest {

    private final Lab lab = new Lab();

    private DeleteSample delete(String reason, Long seenRowVersion) {
        return new DeleteSample(lab.meta(lab.pi), lab.sample.id(), reason, seenRowVersion);
    }

    @Test
    void theSampleStaysWithWhoDeletedItAndWhy() {
        DeleteSample delete = delete("  Registered twice by mistake ", 1L);
        assertThat(lab.handle(delete, lab.pi)).isInstanceOf(Applied.class);
        Sample deleted = lab.state.sample(lab.sample.id()).orElseThrow();
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.deletedAt()).isEqualTo(Lab.NOW);
        assertThat(deleted.deletedBy()).isEqualTo(lab.pi.userId());
        assertThat(deleted.deletionReason()).isEqualTo("Registered twice by mistake");
        assertThat(deleted.rowVersion()).isEqualTo(2);
        assertThat(deleted.barcode()).isEqualTo(lab.sample.barcode());
        assertThat(delete.auditReason()).isEqualTo("Registered twice by mistake");
    }

    @Test
    void aReasonIsRequired() {
        assertThat(lab.handle(delete("   ", 1L), lab.pi))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "The reason for deleting is required"));
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().deleted()).isFalse();
    }

    @Test
    void theVersionLookedAtIsRequired() {
        assertThat(lab.handle(delete("duplicate", null), lab.pi))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.INVALID_INPUT);
    }

    @Test
    void aSampleChangedSinceItWasLookedAtIsAConflictAndStays() {
        EditSample move = new EditSample(
                lab.meta(lab.engineer),
                lab.sample.id(),
                null,
                null,
                new FieldChange<>(lab.sample.location(), "Glovebox"),
                null,
                null,
                null,
                null);
        assertThat(lab.handle(move, lab.engineer)).isInstanceOf(Applied.class);
        assertThat(lab.handle(delete("duplicate", 1L), lab.pi)).isInstanceOf(Conflict.class);
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().deleted()).isFalse();
    }

    @Test
    void deletingItAgainIsRefusedWithTheFirstReason() {
        lab.handle(delete("Registered twice by mistake", 1L), lab.pi);
        DeleteSample again = new DeleteSample(lab.meta(lab.admin), lab.sample.id(), "duplicate", 1L);
        assertThat(lab.handle(again, lab.admin))
                .isEqualTo(new Rejected(
                        RejectionCode.ILLEGAL_TRANSITION,
                        "Sample GaN-on-Si #1 was already deleted (Registered twice by mistake)"));
    }

    @Test
    void engineersAndTechniciansMayNotDelete() {
        for (var person : new lab.spectra.model.auth.Actor[] {lab.engineer, lab.technician}) {
            DeleteSample delete = new DeleteSample(lab.meta(person), lab.sample.id(), "duplicate", 1L);
            assertThat(lab.handle(delete, person))
                    .extracting(outcome -> ((Rejected) outcome).code())
                    .isEqualTo(RejectionCode.NOT_PERMITTED);
        }
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().deleted()).isFalse();
    }

    @Test
    void itsBarcodeStaysTakenForNewAndEditedSamples() {
        lab.handle(delete("duplicate", 1L), lab.pi);
        CreateSample sameBarcode =
                new CreateSample(lab.meta(lab.engineer), Ids.newId(), "Another", "S-0001", null, null, null);
        assertThat(lab.handle(sameBarcode, lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.DUPLICATE_BARCODE, "Barcode S-0001 is already used by sample GaN-on-Si #1"));
        CreateSample other =
                new CreateSample(lab.meta(lab.engineer), Ids.newId(), "Another", "S-0002", null, null, null);
        lab.handle(other, lab.engineer);
        EditSample toTaken = new EditSample(
                lab.meta(lab.engineer),
                other.sampleId(),
                null,
                new FieldChange<>("S-0002", "S-0001"),
                null,
                null,
                null,
                null,
                null);
        assertThat(lab.handle(toTaken, lab.engineer))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.DUPLICATE_BARCODE);
    }

    @Test
    void anotherOrganizationsSampleIsNotFound() {
        Lab otherLab = new Lab();
        otherLab.state.put(lab.sample);
        DeleteSample theirs = new DeleteSample(otherLab.meta(otherLab.pi), lab.sample.id(), "duplicate", 1L);
        assertThat(otherLab.handle(theirs, otherLab.pi))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_FOUND);
    }
}
