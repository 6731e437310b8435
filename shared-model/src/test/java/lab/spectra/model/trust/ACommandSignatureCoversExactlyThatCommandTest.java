package lab.spectra.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

class ACommandSignatureCoversExactlyThatCommandTest {

    private final Lab lab = new Lab();
    private final ObjectMapper mapper = DomainJson.newMapper();
    private final CommandSeals seals = new CommandSeals(mapper);
    private final ECKey deviceKey = DeviceKeys.generate();

    private Command chained() {
        StartRun start = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        return start.withMeta(start.meta().chained("receipt.jws.here", deviceKey.getKeyID(), 1, CommandMeta.GENESIS));
    }

    @Test
    void aSignedCommandVerifiesAfterTravellingAsJson() throws Exception {
        Command signed = seals.sign(chained(), deviceKey);

        Command received = mapper.readValue(mapper.writerFor(Command.class).writeValueAsString(signed), Command.class);

        assertThat(seals.verify(received, deviceKey.toPublicJWK())).isTrue();
        assertThat(seals.hash(received)).isEqualTo(seals.hash(signed));
    }

    @Test
    void changingAnArgumentBreaksTheSignature() {
        StartRun signed = (StartRun) seals.sign(chained(), deviceKey);
        StartRun edited = new StartRun(
                signed.meta(), signed.runId(), signed.recipeId(), lab.xrd.id(), signed.sampleId(), signed.deviceId());

        assertThat(seals.verify(edited, deviceKey.toPublicJWK())).isFalse();
    }

    @Test
    void changingTheAuthoredTimeOrChainPositionBreaksTheSignature() {
        Command signed = seals.sign(chained(), deviceKey);
        CommandMeta meta = signed.meta();

        assertThat(seals.verify(
                        signed.withMeta(meta.withAuthoredAt(meta.authoredAt().minusSeconds(60))), deviceKey))
                .isFalse();
        assertThat(seals.verify(
                        signed.withMeta(new CommandMeta(
                                meta.commandId(),
                                meta.authorId(),
                                meta.workstationId(),
                                meta.authoredAt(),
                                meta.timeReceipt(),
                                meta.keyId(),
                                2L,
                                meta.previousHash(),
                                meta.signature())),
                        deviceKey))
                .isFalse();
    }

    @Test
    void anotherKeysSignatureDoesNotVerify() {
        ECKey other = DeviceKeys.generate();
        Command chainedForOther = chained();
        chainedForOther = chainedForOther.withMeta(
                chainedForOther.meta().chained("receipt.jws.here", other.getKeyID(), 1, CommandMeta.GENESIS));
        Command signedByOther = seals.sign(chainedForOther, other);

        assertThat(seals.verify(signedByOther, deviceKey.toPublicJWK())).isFalse();
    }

    @Test
    void theHashOfACommandCommitsToItsPredecessor() {
        Command first = seals.sign(chained(), deviceKey);
        StartRun next = new StartRun(
                lab.meta(lab.technician), Ids.newId(), lab.approvedIvSweep.id(), lab.smu.id(), lab.sample.id(), null);
        Command afterFirst = next.withMeta(next.meta().chained("r", deviceKey.getKeyID(), 2, seals.hash(first)));
        Command afterSomethingElse =
                next.withMeta(next.meta().chained("r", deviceKey.getKeyID(), 2, CommandMeta.GENESIS.replace('0', 'a')));

        assertThat(seals.hash(afterFirst)).isNotEqualTo(seals.hash(afterSomethingElse));
    }
}
