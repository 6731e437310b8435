package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** An edit sets or clears the sample's material (a live one of this organization) and carries its reason. */
class EditingASampleTest {

    private final Lab lab = new Lab();

    private UUID newMaterial(Lab where, String name) {
        CreateMaterial create = new CreateMaterial(where.meta(where.engineer), Ids.newId(), name, null, null);
        assertThat(where.handle(create, where.engineer)).isInstanceOf(Applied.class);
        return create.materialId();
    }

    private EditSample material(UUID from, UUID to, String reason) {
        return new EditSample(
                lab.meta(lab.engineer),
                lab.sample.id(),
                null,
                null,
                null,
                null,
                null,
                new FieldChange<>(from, to),
                reason);
    }

    @Test
    void theMaterialAloneIsAnEditAndCanBeClearedAgain() {
        UUID gan = newMaterial(lab, "Gallium nitride");
        assertThat(lab.handle(material(null, gan, null), lab.engineer)).isInstanceOf(Applied.class);
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().materialId()).isEqualTo(gan);
        assertThat(lab.handle(material(gan, null, null), lab.engineer)).isInstanceOf(Applied.class);
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().materialId()).isNull();
    }

    @Test
    void anUnknownMaterialIsNotFound() {
        assertThat(lab.handle(material(null, Ids.newId(), null), lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.NOT_FOUND, "The material was not found in this organization"));
    }

    @Test
    void anotherOrganizationsMaterialIsNotFound() {
        Lab otherLab = new Lab();
        UUID theirs = newMaterial(otherLab, "Indium phosphide");
        lab.state.put(otherLab.state.material(theirs).orElseThrow());
        assertThat(lab.handle(material(null, theirs, null), lab.engineer))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_FOUND);
        assertThat(lab.state.sample(lab.sample.id()).orElseThrow().materialId()).isNull();
    }

    @Test
    void theReasonTypedIsTheAuditTrailsReason() {
        EditSample hold = new EditSample(
                lab.meta(lab.engineer),
                lab.sample.id(),
                null,
                null,
                null,
                new FieldChange<>(SampleStatus.AVAILABLE, SampleStatus.ON_HOLD),
                null,
                null,
                "  Cracked during dicing ");
        assertThat(lab.handle(hold, lab.engineer)).isInstanceOf(Applied.class);
        assertThat(hold.auditReason()).isEqualTo("Cracked during dicing");
    }

    @Test
    void anOverlongReasonIsRefused() {
        assertThat(lab.handle(material(null, null, "r".repeat(2001)), lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.INVALID_INPUT, "The reason for the change is longer than 2000 characters"));
    }
}
