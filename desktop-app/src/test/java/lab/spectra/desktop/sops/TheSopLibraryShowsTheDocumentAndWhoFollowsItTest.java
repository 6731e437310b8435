package lab.spectra.desktop.sops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the SOP library's view model over an H2 file of a small lab. */
class TheSopLibraryShowsTheDocumentAndWhoFollowsItTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void anApprovedSopShowsItsMarkdownAndTheRecipesAndInstrumentsThatFollowIt() {
        LocalCommands engineer = new LocalCommands(copy, lab.engineer, clock(), localData);
        engineer.execute(
                new CreateRecipe(
                        engineer.newMeta(),
                        Ids.newId(),
                        "Diode IV",
                        InstrumentKind.SMU,
                        JsonObjects.empty().put("start_v", 0),
                        null,
                        List.of(lab.approvedSop.id())),
                () -> {},
                refused -> {
                    throw new AssertionError(refused);
                });
        SopsViewModel library = libraryOf(lab.engineer, engineer);

        library.selected().set(lab.approvedSop);

        assertThat(library.sops()).extracting(Sop::title).contains(lab.draftSop.title(), lab.retiredSop.title());
        assertThat(library.body().get()).isEqualTo(lab.approvedSop.bodyMarkdown());
        assertThat(library.followedBy())
                .containsExactly("Recipe Diode IV v1 (Source-measure unit)", "Instrument SMU-01 (Source-measure unit)");
        assertThat(library.versions()).first().asString().startsWith("v1 IV characterization (approved)");
        assertThat(library.pdf().get()).isNull();
    }

    @Test
    void aTechnicianReadsOnlyApprovedSopsAndWritesNone() {
        SopsViewModel library = libraryOf(lab.technician, new LocalCommands(copy, lab.technician, clock(), localData));

        library.newSop();

        assertThat(library.sops()).extracting(Sop::status).containsOnly(ApprovalStatus.APPROVED);
        assertThat(library.mayWrite()).isFalse();
        assertThat(library.mayApprove()).isFalse();
        assertThat(library.editing().get()).isFalse();
    }

    @Test
    void aPiCannotApproveTheSopTheyWroteAndIsToldWhy() {
        LocalCommands pi = new LocalCommands(copy, lab.pi, clock(), localData);
        SopsViewModel library = libraryOf(lab.pi, pi);
        library.newSop();
        library.draftTitle().set("Wafer cleaving");
        library.draftBody().set("# Steps\n1. Score the edge");
        library.saveDraft();
        assertThat(library.selected().get().title()).isEqualTo("Wafer cleaving");
        library.submit();

        library.approve();

        assertThat(library.message().get()).contains("another PI or admin has to approve it");
        assertThat(library.selected().get().status()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void retiringNeedsAReasonAndKeepsIt() {
        LocalCommands admin = new LocalCommands(copy, lab.admin, clock(), localData);
        SopsViewModel library = libraryOf(lab.admin, admin);
        library.selected().set(lab.approvedSop);

        library.retire();
        assertThat(library.message().get()).isEqualTo("Write in the comment why SOP IV characterization v1 is retired");
        assertThat(admin.sent()).isEmpty();

        library.comment().set("Replaced by the probe station procedure");
        library.retire();

        assertThat(library.selected().get().status()).isEqualTo(ApprovalStatus.RETIRED);
        assertThat(library.selected().get().retirementReason()).isEqualTo("Replaced by the probe station procedure");
    }

    private SopsViewModel libraryOf(Actor person, LocalCommands commands) {
        return new SopsViewModel(
                new SopQueries(copy),
                commands,
                LabPeople.signedIn(person),
                new CurrentThreadTaskRunner(),
                localData,
                document -> {
                    throw new AssertionError("nothing to open");
                });
    }

    private static Clock clock() {
        return Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    }
}
