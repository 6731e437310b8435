package lab.spectra.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.model.trust.CommandSeals;
import lab.spectra.model.trust.DecisionReceipt;
import lab.spectra.server.trust.TrustService;
import org.junit.jupiter.api.Test;

/**
 * Sync protocol 3 (issue 22, ADR 0040): a push's answer carries the server's signed decision receipt
 * for the commands it applied — only to benches that read it — and a command sent again with a
 * receipt of this server naming its exact content is decided as received when the receipt says, as
 * after a restore. A receipt this server did not sign, one naming other content or another
 * organization's changes nothing: the command is decided now, like any other.
 */
class ACommandSentAgainWithItsDecisionReceiptIsDecidedAsItWasTest {

    private final FuzzLab lab = FuzzLab.get();
    private final ObjectMapper mapper = DomainJson.newMapper();
    private final TrustService trust = lab.demo.server.parts().trust();
    private final Instant decidedBeforeTheRestore =
            Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);

    @Test
    void theAnswerNamesTheAppliedCommandsInAReceiptOnlyForBenchesThatReadIt() throws Exception {
        Push push = push();
        FuzzLab.Answer answer = lab.push(lab.org.engineer(), push.body(), SyncProtocol.DECISION_RECEIPTS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String compact = mapper.readTree(answer.body()).path("decision_receipt").asText();
        Optional<DecisionReceipt> receipt = DecisionReceipt.verify(compact, trust.publicKeys());
        assertThat(receipt).isPresent();
        assertThat(receipt.get().organizationId()).isEqualTo(lab.org.id());
        assertThat(receipt.get().decidedAt(push.commandId(), push.hash())).isPresent();

        FuzzLab.Answer older = lab.push(lab.org.engineer(), push().body(), SyncProtocol.NAMED);
        assertThat(older.status()).isEqualTo(200);
        assertThat(mapper.readTree(older.body()).has("decision_receipt")).isFalse();
    }

    @Test
    void aCommandSentAgainWithItsReceiptIsReceivedWhenTheReceiptSays() throws Exception {
        Push push = push();
        String receipt =
                trust.decisionReceipt(lab.org.id(), decidedBeforeTheRestore, Map.of(push.commandId(), push.hash()));

        assertThat(pushWith(push, receipt).status()).isEqualTo(200);

        assertThat(receivedAt(push.commandId())).isEqualTo(decidedBeforeTheRestore);
    }

    @Test
    void aReceiptThisServerDidNotSignIsIgnored() throws Exception {
        Push push = push();
        ECKey stranger = new ECKeyGenerator(Curve.P_256).keyID("stranger").generate();
        String forged = DecisionReceipt.issue(
                        stranger, lab.org.id(), decidedBeforeTheRestore, Map.of(push.commandId(), push.hash()))
                .compact();
        Instant before = Instant.now().minusSeconds(1);

        assertThat(pushWith(push, forged).status()).isEqualTo(200);

        assertThat(receivedAt(push.commandId())).isAfter(before);
    }

    @Test
    void aReceiptForOtherContentOrAnotherOrganizationIsIgnored() throws Exception {
        Push otherContent = push();
        Push otherOrganization = push();
        String wrongHash = trust.decisionReceipt(
                lab.org.id(), decidedBeforeTheRestore, Map.of(otherContent.commandId(), "0".repeat(64)));
        String elsewhere = trust.decisionReceipt(
                lab.other.id(),
                decidedBeforeTheRestore,
                Map.of(otherOrganization.commandId(), otherOrganization.hash()));
        Instant before = Instant.now().minusSeconds(1);

        assertThat(pushWith(otherContent, wrongHash).status()).isEqualTo(200);
        assertThat(pushWith(otherOrganization, elsewhere).status()).isEqualTo(200);

        assertThat(receivedAt(otherContent.commandId())).isAfter(before);
        assertThat(receivedAt(otherOrganization.commandId())).isAfter(before);
    }

    @Test
    void tooManyReceiptsAreRefusedBeforeAnythingIsDecided() throws Exception {
        Push push = push();
        ObjectNode body = (ObjectNode) mapper.readTree(push.body());
        String receipt = trust.decisionReceipt(lab.org.id(), decidedBeforeTheRestore, Map.of());
        for (int i = 0; i <= PushRequest.MAX_DECISION_RECEIPTS; i++) {
            body.withArray("decided_before").add(receipt);
        }

        FuzzLab.Answer answer =
                lab.push(lab.org.engineer(), mapper.writeValueAsBytes(body), SyncProtocol.DECISION_RECEIPTS);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("too_many_receipts");
        assertThat(processed(push.commandId())).isFalse();
    }

    /** A fresh sample made by the lab's engineer, as its bench pushes it: the body, its command and its hash. */
    private record Push(byte[] body, UUID commandId, String hash) {}

    private Push push() throws IOException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("protocol-1/create_sample.json")) {
            body = lab.placeholders.bind(in.readAllBytes()).bytes();
        }
        JsonNode command = mapper.readTree(body).path("commands").get(0);
        Command parsed = mapper.treeToValue(command, Command.class);
        return new Push(body, parsed.meta().commandId(), new CommandSeals(mapper).hash(parsed));
    }

    private FuzzLab.Answer pushWith(Push push, String receipt) throws IOException {
        ObjectNode body = (ObjectNode) mapper.readTree(push.body());
        body.putArray("decided_before").add(receipt);
        return lab.push(
                lab.org.engineer(),
                mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8),
                SyncProtocol.DECISION_RECEIPTS);
    }

    private Instant receivedAt(UUID commandId) throws SQLException {
        try (PreparedStatement select =
                lab.owner.prepareStatement("SELECT received_at FROM processed_commands WHERE command_id = ?")) {
            select.setObject(1, commandId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("decided").isTrue();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private boolean processed(UUID commandId) throws SQLException {
        try (PreparedStatement select =
                lab.owner.prepareStatement("SELECT count(*) FROM processed_commands WHERE command_id = ?")) {
            select.setObject(1, commandId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1) > 0;
            }
        }
    }
}
