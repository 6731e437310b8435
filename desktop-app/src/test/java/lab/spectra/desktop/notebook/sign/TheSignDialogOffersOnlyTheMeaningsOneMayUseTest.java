package lab.spectra.desktop.notebook.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.model.auth.Role;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import org.junit.jupiter.api.Test;

class TheSignDialogOffersOnlyTheMeaningsOneMayUseTest {

    private final UUID org = UUID.randomUUID();
    private final CurrentUser technician = person(Role.TECHNICIAN);
    private final CurrentUser engineer = person(Role.ENGINEER);
    private final CurrentUser pi = person(Role.PI);
    private final CurrentUser viewer = person(Role.VIEWER);

    private static CurrentUser person(Role role) {
        return new CurrentUser(UUID.randomUUID(), role + "@lab.test", role.name(), role, "Lab", true);
    }

    private ElnEntry writtenBy(CurrentUser author, List<UUID> editors) {
        Instant now = Instant.parse("2026-03-10T09:00:00Z");
        return new ElnEntry(
                UUID.randomUUID(),
                org,
                "Anneal",
                "text",
                author.userId(),
                editors,
                List.of(),
                List.of(),
                now,
                now,
                null,
                1);
    }

    @Test
    void theAuthorMaySignTheirOwnEntryOnlyAsAuthor() {
        assertThat(SigningMeanings.allowed(technician, writtenBy(technician, List.of())))
                .containsExactly(SignatureMeaning.AUTHORED);
    }

    @Test
    void someoneWhoEditedTheEntryMayNotReviewIt() {
        assertThat(SigningMeanings.allowed(engineer, writtenBy(technician, List.of(engineer.userId()))))
                .containsExactly(SignatureMeaning.AUTHORED);
    }

    @Test
    void anotherTechnicianMayReviewOrWitnessButNotApprove() {
        assertThat(SigningMeanings.allowed(engineer, writtenBy(technician, List.of())))
                .containsExactly(SignatureMeaning.AUTHORED, SignatureMeaning.REVIEWED, SignatureMeaning.WITNESSED);
    }

    @Test
    void aPiMayApproveSomeoneElsesEntry() {
        assertThat(SigningMeanings.allowed(pi, writtenBy(technician, List.of())))
                .contains(SignatureMeaning.APPROVED);
    }

    @Test
    void aViewerMaySignNothing() {
        assertThat(SigningMeanings.allowed(viewer, writtenBy(technician, List.of())))
                .isEmpty();
    }
}
