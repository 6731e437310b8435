package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Materials: an engineer or above adds one; its name is required and unique in any case among live ones. */
class MaterialsAreNamedOncePerOrganizationTest {

    private final Lab lab = new Lab();

    private CreateMaterial material(String name) {
        return new CreateMaterial(lab.meta(lab.engineer), Ids.newId(), name, " GaN ", "  ");
    }

    @Test
    void aNewMaterialIsStoredTrimmedWithItsCreator() {
        CreateMaterial create = material("  Gallium nitride ");
        assertThat(lab.handle(create, lab.engineer)).isInstanceOf(Applied.class);
        Material created = lab.state.material(create.materialId()).orElseThrow();
        assertThat(created.name()).isEqualTo("Gallium nitride");
        assertThat(created.formula()).isEqualTo("GaN");
        assertThat(created.description()).isNull();
        assertThat(created.createdBy()).isEqualTo(lab.engineer.userId());
        assertThat(created.organizationId()).isEqualTo(lab.organizationId);
    }

    @Test
    void aSecondMaterialWithTheSameNameInAnotherCaseIsRefused() {
        assertThat(lab.handle(material("Gallium nitride"), lab.engineer)).isInstanceOf(Applied.class);
        assertThat(lab.handle(material(" GALLIUM NITRIDE"), lab.engineer))
                .isEqualTo(new Rejected(
                        RejectionCode.DUPLICATE_NAME,
                        "A material named Gallium nitride already exists; choose it instead"));
    }

    @Test
    void theNameOfADeletedMaterialMayBeUsedAgain() {
        CreateMaterial first = material("Sapphire");
        lab.handle(first, lab.engineer);
        Material created = lab.state.material(first.materialId()).orElseThrow();
        lab.state.put(new Material(
                created.id(),
                created.organizationId(),
                created.name(),
                created.formula(),
                created.description(),
                created.metadata(),
                created.createdAt(),
                Lab.NOW,
                Lab.NOW,
                created.rowVersion() + 1,
                created.createdBy()));
        assertThat(lab.handle(material("sapphire"), lab.engineer)).isInstanceOf(Applied.class);
    }

    @Test
    void anotherOrganizationMayUseTheSameName() {
        CreateMaterial ours = material("Silicon carbide");
        lab.handle(ours, lab.engineer);
        Lab otherLab = new Lab();
        otherLab.state.put(lab.state.material(ours.materialId()).orElseThrow());
        CreateMaterial theirs =
                new CreateMaterial(otherLab.meta(otherLab.engineer), Ids.newId(), "Silicon carbide", "SiC", null);
        assertThat(otherLab.handle(theirs, otherLab.engineer)).isInstanceOf(Applied.class);
    }

    @Test
    void aNameIsRequired() {
        assertThat(lab.handle(material("  "), lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Material name is required"));
    }

    @Test
    void overlongFieldsAreRefused() {
        assertThat(lab.handle(material("x".repeat(201)), lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Material name is longer than 200 characters"));
        CreateMaterial longFormula =
                new CreateMaterial(lab.meta(lab.engineer), Ids.newId(), "Indium phosphide", "I".repeat(201), null);
        assertThat(lab.handle(longFormula, lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Formula is longer than 200 characters"));
        CreateMaterial longDescription =
                new CreateMaterial(lab.meta(lab.engineer), Ids.newId(), "Indium phosphide", "InP", "d".repeat(4001));
        assertThat(lab.handle(longDescription, lab.engineer))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Description is longer than 4000 characters"));
    }

    @Test
    void aTechnicianMayNotAddMaterials() {
        CreateMaterial create = new CreateMaterial(lab.meta(lab.technician), Ids.newId(), "Quartz", "SiO2", null);
        assertThat(lab.handle(create, lab.technician))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_PERMITTED);
    }
}
