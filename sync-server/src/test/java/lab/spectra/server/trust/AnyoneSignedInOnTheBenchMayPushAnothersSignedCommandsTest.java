package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A signed command speaks for its author wherever it travels from, so whoever signs in first on
 * a shared bench sends everyone's queue; an unsigned one still needs its own author's session,
 * and once someone has a key, their unsigned commands are refused.
 */
class AnyoneSignedInOnTheBenchMayPushAnothersSignedCommandsTest {

    private static final TrustLab LAB = new TrustLab("shared");

    @AfterAll
    static void close() {
        LAB.close();
    }

    private CreateSample sample(TrustLab.Bench bench, String barcode) {
        return new CreateSample(
                bench.meta(LAB.org.engineer(), LAB.clock.instant().plusSeconds(1)),
                Ids.newId(),
                "Sample " + barcode,
                barcode,
                null,
                null,
                null);
    }

    @Test
    void theTechnicianSendsTheEngineersSignedCommandAndItIsDecidedAsTheEngineers() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        bench.register(LAB.org.technician());

        CommandResult answer = bench.push(LAB.org.technician(), bench.sign(sample(bench, "SH-1")))
                .results()
                .get(0);

        // Technicians may not create samples; engineers may: the author's role decided it.
        assertThat(answer).isInstanceOf(CommandResult.Applied.class);
    }

    @Test
    void anUnsignedCommandOfSomeoneWithARegisteredKeyIsRefused() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());

        CommandResult answer =
                bench.push(LAB.org.engineer(), sample(bench, "SH-2")).results().get(0);

        assertThat(((CommandResult.Rejected) answer).code()).isEqualTo(RejectionCode.SIGNATURE_REQUIRED);
    }
}
