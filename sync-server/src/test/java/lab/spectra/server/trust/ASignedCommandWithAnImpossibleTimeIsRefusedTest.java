package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.run.StartRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A signed command cannot be older than the time receipt its bench already held, nor from the future. */
class ASignedCommandWithAnImpossibleTimeIsRefusedTest {

    private static final TrustLab LAB = new TrustLab("impossible");
    private static final UUID SMU = LAB.lab.instrumentWithValidCalibration(LAB.org, "SMU-I1", InstrumentKind.SMU);
    private static final UUID RECIPE = LAB.lab.approvedRecipe(LAB.org, "Sweep I1", InstrumentKind.SMU);
    private static final UUID SAMPLE = LAB.lab.sample(LAB.org, "IM-1");

    @AfterAll
    static void close() {
        LAB.close();
    }

    private StartRun runAt(TrustLab.Bench bench, Instant at) {
        return bench.sign(new StartRun(bench.meta(LAB.org.technician(), at), Ids.newId(), RECIPE, SMU, SAMPLE, null));
    }

    @Test
    void aCommandDatedBeforeItsReceiptIsRefusedAsImpossible() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());

        CommandResult result = bench.push(
                        LAB.org.technician(), runAt(bench, LAB.clock.instant().minus(Duration.ofHours(1))))
                .results()
                .get(0);

        assertThat(result).isInstanceOf(CommandResult.Rejected.class);
        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.IMPOSSIBLE_TIME);
    }

    @Test
    void aCommandDatedAnHourAheadOfTheServerIsRefused() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());

        CommandResult result = bench.push(
                        LAB.org.technician(), runAt(bench, LAB.clock.instant().plus(Duration.ofHours(1))))
                .results()
                .get(0);

        assertThat(((CommandResult.Rejected) result).code()).isEqualTo(RejectionCode.CLOCK_AHEAD);
    }

    @Test
    void aCommandDatedAfterItsReceiptIsApplied() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.technician());

        CommandResult result = bench.push(
                        LAB.org.technician(), runAt(bench, LAB.clock.instant().plusSeconds(1)))
                .results()
                .get(0);

        assertThat(result).isInstanceOf(CommandResult.Applied.class);
        assertThat(((CommandResult.Applied) result).review()).isNull();
    }
}
