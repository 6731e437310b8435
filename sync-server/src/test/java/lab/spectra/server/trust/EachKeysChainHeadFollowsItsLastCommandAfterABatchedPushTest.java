package lab.spectra.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.sample.CreateSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A pushed transaction locks and reads each device key once and writes its chain head once,
 * before the commit (ADR 0031, revised 2026-11-30). Each command must still be admitted against
 * the head its predecessors in the batch left, a command out of its chain is still refused, and
 * after the push each key's head is its last decided command, so the next push follows on.
 */
class EachKeysChainHeadFollowsItsLastCommandAfterABatchedPushTest {

    private static final TrustLab LAB = new TrustLab("chain-heads");
    private static final int EACH = 10;

    @AfterAll
    static void close() {
        LAB.close();
    }

    private static CreateSample sample(TrustLab.Bench bench, Actor author, String barcode) {
        return new CreateSample(
                bench.meta(author, LAB.clock.instant().plusSeconds(1)),
                Ids.newId(),
                "Sample " + barcode,
                barcode,
                null,
                null,
                null);
    }

    /** The key's stored head: its sequence and hash. */
    private record Head(long sequence, String hash) {}

    private static Head storedHead(TrustLab.Bench bench, Actor author) throws SQLException {
        try (Connection connection = LAB.postgres.ownerConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT chain_sequence, chain_hash FROM device_keys WHERE key_id = ?")) {
            select.setString(1, bench.keys.get(author.userId()).getKeyID());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Head(row.getLong(1), row.getString(2));
            }
        }
    }

    @Test
    void twoAuthorsInterleavedInOneBatchEachEndOnTheirLastCommandAndTheNextPushFollowsOn() throws SQLException {
        TrustLab.Bench bench = LAB.bench();
        Actor engineer = LAB.org.engineer();
        Actor pi = LAB.org.pi();
        bench.register(engineer);
        bench.register(pi);
        String prefix = "CH-" + Ids.newId().toString().substring(0, 8);
        List<Command> batch = new ArrayList<>();
        for (int i = 0; i < EACH; i++) {
            batch.add(bench.sign(sample(bench, engineer, prefix + "-E" + i)));
            batch.add(bench.sign(sample(bench, pi, prefix + "-P" + i)));
        }
        // Signed next in the engineer's chain but never sent: the command after it is out of its chain.
        bench.sign(sample(bench, engineer, prefix + "-lost"));
        CreateSample outOfChain = bench.sign(sample(bench, engineer, prefix + "-after-lost"));
        batch.add(outOfChain);

        List<CommandResult> answers =
                bench.push(engineer, batch.toArray(Command[]::new)).results();

        assertThat(answers.subList(0, 2 * EACH)).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(((CommandResult.Rejected) answers.get(2 * EACH)).code()).isEqualTo(RejectionCode.CHAIN_BROKEN);
        Command engineersLast = batch.get(2 * EACH - 2);
        Command pisLast = batch.get(2 * EACH - 1);
        assertThat(storedHead(bench, engineer)).isEqualTo(new Head(EACH, LAB.seals.hash(engineersLast)));
        assertThat(storedHead(bench, pi)).isEqualTo(new Head(EACH, LAB.seals.hash(pisLast)));

        // The bench's chains go on from the last commands the server decided.
        bench.sequences.put(engineer.userId(), (long) EACH);
        bench.heads.put(engineer.userId(), LAB.seals.hash(engineersLast));
        List<CommandResult> next = bench.push(
                        pi,
                        bench.sign(sample(bench, engineer, prefix + "-E-next")),
                        bench.sign(sample(bench, pi, prefix + "-P-next")))
                .results();

        assertThat(next).allMatch(CommandResult.Applied.class::isInstance);
        assertThat(storedHead(bench, engineer).sequence()).isEqualTo(EACH + 1);
        assertThat(storedHead(bench, pi).sequence()).isEqualTo(EACH + 1);
    }
}
