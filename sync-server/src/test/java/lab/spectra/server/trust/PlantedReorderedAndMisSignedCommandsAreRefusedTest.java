package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import java.util.List;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.trust.DeviceKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Someone who can write a bench's database can put commands in its queue, but not sign them as
 * the person they name, and not slip them into that person's chain unnoticed.
 */
class PlantedReorderedAndMisSignedCommandsAreRefusedTest {

    private static final TrustLab LAB = new TrustLab("planted");

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

    private static RejectionCode codeOf(CommandResult result) {
        return ((CommandResult.Rejected) result).code();
    }

    @Test
    void aCommandPlantedBetweenTwoGenuineOnesIsRefusedAndTheGenuineOnesApply() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        CreateSample first = bench.sign(sample(bench, "PL-1"));
        ECKey forger = DeviceKeys.generate();
        CreateSample planted = sample(bench, "PL-X");
        planted = (CreateSample) LAB.seals.sign(
                planted.withMeta(planted.meta().chained(bench.receipt, forger.getKeyID(), 2, LAB.seals.hash(first))),
                forger);
        // The forger reuses the real key id, which the server knows; the signature is the forger's.
        planted = (CreateSample) planted.withMeta(new CommandMeta(
                planted.meta().commandId(),
                planted.meta().authorId(),
                planted.meta().workstationId(),
                planted.meta().authoredAt(),
                planted.meta().timeReceipt(),
                bench.keys.get(LAB.org.engineer().userId()).getKeyID(),
                2L,
                planted.meta().previousHash(),
                planted.meta().signature()));
        CreateSample second = bench.sign(sample(bench, "PL-2"));

        List<CommandResult> answers =
                bench.push(LAB.org.engineer(), first, planted, second).results();

        assertThat(answers.get(0)).isInstanceOf(CommandResult.Applied.class);
        assertThat(codeOf(answers.get(1))).isEqualTo(RejectionCode.BAD_SIGNATURE);
        assertThat(answers.get(2)).isInstanceOf(CommandResult.Applied.class);
    }

    @Test
    void aCommandMovedAheadOfItsPredecessorIsRefusedAsBreakingTheChain() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        CreateSample first = bench.sign(sample(bench, "RO-1"));
        CreateSample second = bench.sign(sample(bench, "RO-2"));

        List<CommandResult> answers =
                bench.push(LAB.org.engineer(), second, first).results();

        assertThat(codeOf(answers.get(0))).isEqualTo(RejectionCode.CHAIN_BROKEN);
        assertThat(answers.get(1)).isInstanceOf(CommandResult.Applied.class);
    }

    @Test
    void aCommandWhoseContentWasEditedAfterSigningIsRefused() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        CreateSample signed = bench.sign(sample(bench, "ED-1"));
        CreateSample edited =
                new CreateSample(signed.meta(), signed.sampleId(), "Renamed afterwards", "ED-1", null, null, null);

        CommandResult answer = bench.push(LAB.org.engineer(), edited).results().get(0);

        assertThat(codeOf(answer)).isEqualTo(RejectionCode.BAD_SIGNATURE);
    }

    @Test
    void aCommandSignedWithAKeyRegisteredForAnotherPersonIsRefused() {
        TrustLab.Bench bench = LAB.bench();
        bench.register(LAB.org.engineer());
        bench.register(LAB.org.technician());
        CreateSample byEngineer = sample(bench, "KP-1");
        ECKey techKey = bench.keys.get(LAB.org.technician().userId());
        CreateSample signedWithTechKey = (CreateSample) LAB.seals.sign(
                byEngineer.withMeta(
                        byEngineer.meta().chained(bench.receipt, techKey.getKeyID(), 1, CommandMeta.GENESIS)),
                techKey);

        CommandResult answer =
                bench.push(LAB.org.technician(), signedWithTechKey).results().get(0);

        assertThat(codeOf(answer)).isEqualTo(RejectionCode.UNKNOWN_DEVICE_KEY);
    }
}
