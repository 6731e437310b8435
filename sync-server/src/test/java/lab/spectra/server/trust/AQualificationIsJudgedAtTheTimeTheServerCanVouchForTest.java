package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.trust.ReviewFlag;
import lab.spectra.server.auth.login.PasswordHasher;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The server re-checks the operator's qualification when a pushed StartRun arrives, at the time
 * it can vouch for (ADR 0012): a signed run made while qualified stands after the qualification
 * expires, flagged for review; an unsigned push is judged at receive time; nobody unqualified starts a run by sync.
 */
class AQualificationIsJudgedAtTheTimeTheServerCanVouchForTest {

    private static final TrustLab LAB = new TrustLab("qualsync");

    @AfterAll
    static void close() {
        LAB.close();
    }

    private static Actor newcomer(ServerLab.Org org) {
        return LAB.lab.newcomer(org, new PasswordHasher().hash(TrustLab.PASSWORD.toCharArray()));
    }

    private static StartRun startOn(TrustLab.Bench bench, ServerLab.Org org, Actor operator, String tag, Instant at) {
        UUID ellipsometer = LAB.lab.instrumentWithValidCalibration(org, "ELL-" + tag, InstrumentKind.ELLIPSOMETER);
        UUID recipe = LAB.lab.approvedRecipe(org, "Film thickness " + tag, InstrumentKind.ELLIPSOMETER);
        UUID sample = LAB.lab.sample(org, "QS-" + tag);
        return new StartRun(bench.meta(operator, at), Ids.newId(), recipe, ellipsometer, sample, null);
    }

    @Test
    void aSignedRunByAnUnqualifiedTechnicianIsRefusedWithTheReason() {
        Actor newcomer = newcomer(LAB.org);
        TrustLab.Bench bench = LAB.bench();
        bench.register(newcomer);
        StartRun run = bench.sign(startOn(bench, LAB.org, newcomer, "S1", LAB.clock.instant()));

        CommandResult result = bench.push(newcomer, run).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.NOT_QUALIFIED);
        assertThat(((CommandResult.Rejected) result).message())
                .isEqualTo(newcomer.displayName() + " is not qualified to run Film thickness S1 v1 on an"
                        + " ellipsometer (no qualification on record)");
    }

    @Test
    void aSignedRunMadeWhileQualifiedStandsWhenItArrivesAfterTheExpiry() {
        ServerLab.Org org = LAB.organization("qualsync-late");
        Actor newcomer = newcomer(org);
        Instant now = LAB.clock.instant();
        UUID sop = LAB.lab.approvedSop(org, "Ellipsometry");
        LAB.lab.qualify(
                org,
                newcomer,
                InstrumentKind.ELLIPSOMETER,
                null,
                sop,
                now.minus(Duration.ofDays(300)),
                now.plus(Duration.ofDays(1)));
        TrustLab.Bench bench = LAB.bench();
        bench.register(newcomer);
        StartRun run = bench.sign(startOn(bench, org, newcomer, "L1", now.plus(Duration.ofHours(12))));

        LAB.clock.advance(Duration.ofDays(2));
        CommandResult result = bench.push(newcomer, run).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Applied.class);
        CommandResult.Review review = ((CommandResult.Applied) result).review();
        assertThat(review).isNotNull();
        assertThat(review.codes()).containsExactly(ReviewFlag.QUALIFICATION_LAPSED_BEFORE_SYNC);
    }

    @Test
    void anUnsignedRunBackdatedToWhenTheQualificationHeldIsRefusedWithItsExpiry() {
        ServerLab.Org org = LAB.organization("qualsync-script");
        Actor newcomer = newcomer(org);
        Instant now = LAB.clock.instant();
        UUID sop = LAB.lab.approvedSop(org, "Ellipsometry");
        LAB.lab.qualify(
                org,
                newcomer,
                InstrumentKind.ELLIPSOMETER,
                null,
                sop,
                now.minus(Duration.ofDays(300)),
                now.minus(Duration.ofDays(10)));
        TrustLab.Bench script = LAB.bench();
        StartRun backdated = startOn(script, org, newcomer, "B1", now.minus(Duration.ofDays(20)));

        CommandResult result = script.push(newcomer, backdated).results().get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.QUALIFICATION_EXPIRED);
        assertThat(((CommandResult.Rejected) result).message()).contains("SOP Ellipsometry v1 \u2014 expired");
    }
}
