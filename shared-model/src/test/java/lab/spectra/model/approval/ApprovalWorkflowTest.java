package lab.spectra.model.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApprovalWorkflowTest {

    private static final Set<String> LEGAL = Set.of("DRAFT->APPROVED", "APPROVED->RETIRED");

    @ParameterizedTest
    @EnumSource(ApprovalStatus.class)
    void onlyDraftToApprovedAndApprovedToRetiredAreAllowed(ApprovalStatus from) {
        for (ApprovalStatus to : ApprovalStatus.values()) {
            boolean legal = LEGAL.contains(from + "->" + to);
            Optional<Rejected> check = ApprovalWorkflow.checkTransition("Recipe X v1", from, to);
            assertThat(ApprovalWorkflow.allows(from, to)).as(from + "->" + to).isEqualTo(legal);
            assertThat(check.map(Rejected::code))
                    .as(from + "->" + to)
                    .isEqualTo(legal ? Optional.empty() : Optional.of(RejectionCode.ILLEGAL_TRANSITION));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ApprovalStatus.class,
            names = {"APPROVED", "RETIRED"})
    void onlyDraftsCanBeEdited(ApprovalStatus status) {
        assertThat(ApprovalWorkflow.checkEditable("Recipe X v1", status).map(Rejected::code))
                .contains(RejectionCode.ILLEGAL_TRANSITION);
        assertThat(ApprovalWorkflow.checkEditable("Recipe X v1", ApprovalStatus.DRAFT))
                .isEmpty();
    }
}
