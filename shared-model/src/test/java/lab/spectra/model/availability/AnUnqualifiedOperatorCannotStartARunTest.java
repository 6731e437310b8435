package lab.spectra.model.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Starting a run needs a qualification of the operator in force at the start, for the recipe's
 * lineage or the instrument's kind; the refusal says who, on which SOP and since when.
 */
class AnUnqualifiedOperatorCannotStartARunTest {

    private final Lab lab = new Lab();
    private final Actor newcomer = lab.actor(Role.TECHNICIAN, "Nina Newcomer");

    AnUnqualifiedOperatorCannotStartARunTest() {
        lab.state.put(lab.userAccount(newcomer));
    }

    private Outcome startIvSweep(Actor operator, Instant at) {
        return lab.handle(
                new StartRun(
                        lab.meta(operator, at),
                        Ids.newId(),
                        lab.approvedIvSweep.id(),
                        lab.smu.id(),
                        lab.sample.id(),
                        null),
                operator);
    }

    @Test
    void aPersonWithNoQualificationIsRefusedWithTheirNameAndTheWork() {
        assertThat(startIvSweep(newcomer, Lab.NOW))
                .isEqualTo(new Rejected(
                        RejectionCode.NOT_QUALIFIED,
                        "Nina Newcomer is not qualified to run IV sweep v1 on a source-measure unit"
                                + " (no qualification on record)"));
    }

    @Test
    void anExpiredQualificationIsRefusedWithItsSopAndDate() {
        lab.state.put(lab.qualification(
                newcomer,
                InstrumentKind.SMU,
                "IV sweep",
                Instant.parse("2025-03-01T00:00:00Z"),
                Instant.parse("2026-03-01T00:00:00Z")));

        assertThat(startIvSweep(newcomer, Lab.NOW))
                .isEqualTo(new Rejected(
                        RejectionCode.QUALIFICATION_EXPIRED,
                        "Nina Newcomer is not qualified on SOP IV characterization v1 \u2014 expired 2026-03-01"));
    }

    @Test
    void aRevokedQualificationIsRefusedFromTheMomentItWasRevoked() {
        Qualification qualification = lab.qualification(newcomer, InstrumentKind.SMU, null);
        Instant revokedAt = Lab.NOW.minus(Duration.ofHours(2));
        lab.state.put(qualification.revoke(lab.pi.userId(), "failed the practical", revokedAt, revokedAt));

        assertThat(startIvSweep(newcomer, revokedAt.minusSeconds(1))).isInstanceOf(Applied.class);
        assertThat(startIvSweep(newcomer, revokedAt))
                .isEqualTo(new Rejected(
                        RejectionCode.QUALIFICATION_REVOKED,
                        "Nina Newcomer is not qualified on SOP IV characterization v1 \u2014 revoked 2026-03-10"
                                + " (failed the practical)"));
    }

    @Test
    void aQualificationForTheRecipeLineageSuffices() {
        lab.state.put(lab.qualification(newcomer, InstrumentKind.SMU, "iv SWEEP"));

        assertThat(startIvSweep(newcomer, Lab.NOW)).isInstanceOf(Applied.class);
    }

    @Test
    void aQualificationForTheInstrumentKindSuffices() {
        lab.state.put(lab.qualification(newcomer, InstrumentKind.SMU, null));

        assertThat(startIvSweep(newcomer, Lab.NOW)).isInstanceOf(Applied.class);
    }

    @Test
    void aQualificationForAnotherLineageOrKindDoesNot() {
        lab.state.put(
                lab.qualification(newcomer, InstrumentKind.SMU, "Transfer curve"),
                lab.qualification(newcomer, InstrumentKind.XRD, null));

        assertThat(startIvSweep(newcomer, Lab.NOW))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_QUALIFIED);
    }

    @Test
    void aQualificationGrantedAfterTheStartDoesNotCoverIt() {
        lab.state.put(
                lab.qualification(newcomer, InstrumentKind.SMU, null, Lab.NOW, Lab.NOW.plus(Duration.ofDays(365))));

        assertThat(startIvSweep(newcomer, Lab.NOW.minusSeconds(1)))
                .extracting(outcome -> ((Rejected) outcome).code())
                .isEqualTo(RejectionCode.NOT_QUALIFIED);
        assertThat(startIvSweep(newcomer, Lab.NOW)).isInstanceOf(Applied.class);
    }

    @Test
    void aLapsedQualificationDoesNotCountWhenAnotherIsInForce() {
        lab.state.put(
                lab.qualification(
                        newcomer,
                        InstrumentKind.SMU,
                        "IV sweep",
                        Instant.parse("2025-03-01T00:00:00Z"),
                        Instant.parse("2026-03-01T00:00:00Z")),
                lab.qualification(newcomer, InstrumentKind.SMU, null));

        assertThat(startIvSweep(newcomer, Lab.NOW)).isInstanceOf(Applied.class);
    }
}
