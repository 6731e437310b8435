package lab.spectra.model.eln;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Writing and editing notebook entries: links, limits, whose entries one may edit, conflicts. */
class ElnEntryCommandsTest {

    private final Lab lab = new Lab();

    private WriteElnEntry entryLinking(List<UUID> sampleIds, List<UUID> runIds) {
        return new WriteElnEntry(
                lab.meta(lab.technician), Ids.newId(), "Anneal", "Annealed at 400 C.", sampleIds, runIds);
    }

    private EditElnEntry retitle(Actor author, String from, String to) {
        return new EditElnEntry(lab.meta(author), lab.elnEntry.id(), new FieldChange<>(from, to), null);
    }

    @Test
    void aNewEntryKeepsItsAuthorTextAndLinks() {
        var run = lab.runningRunOf(lab.technician);
        WriteElnEntry write = new WriteElnEntry(
                lab.meta(lab.technician),
                Ids.newId(),
                "  Anneal  ",
                "Annealed at **400 C**.\n",
                List.of(lab.sample.id(), lab.sample.id()),
                List.of(run.id()));

        assertThat(lab.handle(write, lab.technician)).isInstanceOf(Applied.class);

        ElnEntry entry = lab.state.elnEntry(write.entryId()).orElseThrow();
        assertThat(entry.title()).isEqualTo("Anneal");
        assertThat(entry.bodyMarkdown()).isEqualTo("Annealed at **400 C**.\n");
        assertThat(entry.authorId()).isEqualTo(lab.technician.userId());
        assertThat(entry.sampleIds()).containsExactly(lab.sample.id());
        assertThat(entry.runIds()).containsExactly(run.id());
        assertThat(entry.rowVersion()).isEqualTo(1);
    }

    @Test
    void aLinkedSampleOfAnotherOrganizationIsNotFound() {
        Lab otherLab = new Lab();
        lab.state.put(otherLab.sample);

        Outcome outcome = lab.handle(entryLinking(List.of(otherLab.sample.id()), List.of()), lab.technician);

        assertThat(outcome)
                .isEqualTo(new Rejected(
                        RejectionCode.NOT_FOUND,
                        "Linked sample " + otherLab.sample.id() + " was not found in this organization"));
    }

    @Test
    void aLinkedRunThatDoesNotExistIsNotFound() {
        UUID unknownRun = Ids.newId();
        assertThat(lab.handle(entryLinking(List.of(), List.of(unknownRun)), lab.technician))
                .isEqualTo(new Rejected(
                        RejectionCode.NOT_FOUND, "Linked run " + unknownRun + " was not found in this organization"));
    }

    @Test
    void anEmptyLinkIsRefusedAsBadInput() {
        assertThat(lab.handle(entryLinking(Arrays.asList(lab.sample.id(), null), List.of()), lab.technician))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "The linked samples contain an empty id"));
    }

    @Test
    void aTextLongerThanTwoHundredThousandCharactersIsRefused() {
        WriteElnEntry huge =
                new WriteElnEntry(lab.meta(lab.technician), Ids.newId(), "Dump", "x".repeat(200_001), null, null);
        assertThat(lab.handle(huge, lab.technician))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "Entry text is longer than 200000 characters"));
    }

    @Test
    void anEntryIdCannotBeUsedTwice() {
        WriteElnEntry again = new WriteElnEntry(lab.meta(lab.technician), lab.elnEntry.id(), "Again", "", null, null);
        assertThat(lab.handle(again, lab.technician))
                .isEqualTo(new Rejected(RejectionCode.ALREADY_EXISTS, "A notebook entry with this id already exists"));
    }

    @Test
    void aTechnicianMayEditTheirOwnEntry() {
        Outcome outcome = lab.handle(retitle(lab.technician, lab.elnEntry.title(), "Gate leakage"), lab.technician);

        assertThat(outcome).isInstanceOf(Applied.class);
        ElnEntry edited = lab.state.elnEntry(lab.elnEntry.id()).orElseThrow();
        assertThat(edited.title()).isEqualTo("Gate leakage");
        assertThat(edited.rowVersion()).isEqualTo(2);
    }

    @Test
    void aTechnicianMayNotEditAnotherPersonsEntry() {
        Actor otherTechnician = lab.actor(lab.technician.role(), "Theo Technician");

        Outcome outcome = lab.handle(retitle(otherTechnician, lab.elnEntry.title(), "Mine now"), otherTechnician);

        assertThat(outcome)
                .isEqualTo(new Rejected(
                        RejectionCode.NOT_ENTRY_AUTHOR,
                        "This entry was written by someone else; only its author or an engineer can change it"));
        assertThat(lab.state.elnEntry(lab.elnEntry.id()).orElseThrow()).isEqualTo(lab.elnEntry);
    }

    @Test
    void anEngineerMayEditAnyonesEntry() {
        assertThat(lab.handle(retitle(lab.engineer, lab.elnEntry.title(), "Gate leakage (reviewed)"), lab.engineer))
                .isInstanceOf(Applied.class);
    }

    @Test
    void editingTextSomeoneElseChangedMeanwhileIsAConflict() {
        EditElnEntry first = new EditElnEntry(
                lab.meta(lab.technician),
                lab.elnEntry.id(),
                null,
                new FieldChange<>(lab.elnEntry.bodyMarkdown(), "Leakage 0.8 nA."));
        EditElnEntry second = new EditElnEntry(
                lab.meta(lab.engineer),
                lab.elnEntry.id(),
                null,
                new FieldChange<>(lab.elnEntry.bodyMarkdown(), "Leakage 1.2 nA."));
        lab.handle(first, lab.technician);

        Outcome outcome = lab.handle(second, lab.engineer);

        assertThat(outcome).isInstanceOf(Conflict.class);
        assertThat(((Conflict) outcome).current())
                .isEqualTo(lab.state.elnEntry(lab.elnEntry.id()).orElseThrow());
        assertThat(lab.state.elnEntry(lab.elnEntry.id()).orElseThrow().bodyMarkdown())
                .isEqualTo("Leakage 0.8 nA.");
    }

    @Test
    void anEditToTheSameContentIsRefusedAsChangingNothing() {
        assertThat(lab.handle(retitle(lab.technician, lab.elnEntry.title(), lab.elnEntry.title()), lab.technician))
                .isEqualTo(new Rejected(RejectionCode.INVALID_INPUT, "The edit changes nothing"));
    }

    @Test
    void aDeletedEntryCannotBeEdited() {
        lab.state.put(new ElnEntry(
                lab.elnEntry.id(),
                lab.organizationId,
                lab.elnEntry.title(),
                "",
                lab.technician.userId(),
                null,
                null,
                null,
                Lab.NOW,
                Lab.NOW,
                Lab.NOW,
                2));
        assertThat(lab.handle(retitle(lab.technician, lab.elnEntry.title(), "Back"), lab.technician))
                .isEqualTo(
                        new Rejected(RejectionCode.NOT_FOUND, "The notebook entry was not found in this organization"));
    }
}
