package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 5 over real HTTP: an engineer or PI reviews a finished run with their password;
 * the run's operator, a wrong password, a missing hash and another organization's run are refused
 * and write nothing.
 */
class ARunIsReviewedOnlineWithThePasswordTest {

    private static final TrustLab LAB = new TrustLab("review-online");
    private final RunReviewing runs = new RunReviewing(LAB);

    @AfterAll
    static void close() {
        LAB.close();
    }

    @Test
    void anEngineerRejectsATechniciansRunWithAComment() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "R1");
        String hash = runs.shownHash(run, LAB.org.engineer());

        Http.Response answer = runs.review(
                run, LAB.org.engineer(), ReviewDecision.REJECTED, "Compliance hit above 2 V", TrustLab.PASSWORD, hash);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().path("record_table").asText()).isEqualTo("runs");
        assertThat(answer.body().path("meaning").asText()).isEqualTo("reviewed");
        assertThat(answer.body().path("countersignature").asText()).isNotBlank();
        JsonNode review = runs.reviewItems(run, LAB.org.viewer()).get(0);
        assertThat(review.path("decision").asText()).isEqualTo("rejected");
        assertThat(review.path("comment").asText()).isEqualTo("Compliance hit above 2 V");
        assertThat(review.path("reviewer_name").asText()).isNotBlank();
        assertThat(review.path("valid").asBoolean()).isTrue();
        assertThat(review.path("of_current_run").asBoolean()).isTrue();
        assertThat(review.path("countersigned_at").asText()).isNotBlank();
        assertThat(review.path("device_signature").asText()).isEqualTo("absent");
        assertThat(review.path("countersignature").asText()).isEqualTo("verifies");
        assertThat(review.path("holds").asBoolean()).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsSigned() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "R2");
        String hash = runs.shownHash(run, LAB.org.pi());

        Http.Response answer = runs.review(run, LAB.org.pi(), ReviewDecision.REVIEWED, null, "not my password", hash);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("code").asText()).isEqualTo("reauthentication_failed");
        assertThat(runs.reviewItems(run, LAB.org.pi())).isEmpty();
    }

    @Test
    void theRunsOperatorCannotReviewIt() {
        UUID run = runs.finishedRunOf(LAB.org, LAB.org.engineer(), "R7");
        String hash = runs.shownHash(run, LAB.org.engineer());

        Http.Response answer =
                runs.review(run, LAB.org.engineer(), ReviewDecision.REVIEWED, null, TrustLab.PASSWORD, hash);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().path("code").asText()).isEqualTo("self_approval");
        assertThat(answer.body().path("message").asText()).contains("You operated run");
        assertThat(runs.reviewItems(run, LAB.org.pi())).isEmpty();
    }

    @Test
    void aTechnicianCannotReviewARun() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "R3");
        String hash = runs.shownHash(run, LAB.org.technician());

        Http.Response answer =
                runs.review(run, LAB.org.technician(), ReviewDecision.REVIEWED, null, TrustLab.PASSWORD, hash);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body().path("code").asText()).isEqualTo("not_permitted");
        assertThat(runs.reviewItems(run, LAB.org.pi())).isEmpty();
    }

    @Test
    void aReviewWithoutTheHashOfWhatWasShownIsInvalidInput() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "R4");

        Http.Response answer =
                runs.review(run, LAB.org.engineer(), ReviewDecision.REVIEWED, null, TrustLab.PASSWORD, null);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("code").asText()).isEqualTo("invalid_input");
        assertThat(runs.reviewItems(run, LAB.org.pi())).isEmpty();
    }

    @Test
    void aRejectionWithoutACommentIsInvalidInput() {
        UUID run = runs.finishedRunOfTheTechnician(LAB.org, "R5");
        String hash = runs.shownHash(run, LAB.org.engineer());

        Http.Response answer =
                runs.review(run, LAB.org.engineer(), ReviewDecision.REJECTED, " ", TrustLab.PASSWORD, hash);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("message").asText()).contains("needs a comment");
    }

    @Test
    void anotherOrganizationsRunIsNotFound() {
        ServerLab.Org other = LAB.organization("review-online-other");
        UUID theirs = runs.finishedRunOfTheTechnician(other, "R6");
        String theirHash = runs.shownHash(theirs, other.engineer());

        Http.Response listed = runs.reviews(theirs, LAB.org.engineer());
        Http.Response reviewed =
                runs.review(theirs, LAB.org.engineer(), ReviewDecision.REVIEWED, null, TrustLab.PASSWORD, theirHash);

        assertThat(listed.status()).isEqualTo(404);
        assertThat(reviewed.status()).isEqualTo(404);
        assertThat(runs.reviewItems(theirs, other.pi())).isEmpty();
    }
}
