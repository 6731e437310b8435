package lab.spectra.model.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.ExampleCommands;
import lab.spectra.model.testing.ExampleRows;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Commands, rows and sync messages survive the trip to JSON and back without loss. */
class WireFormatRoundTripTest {

    private final ObjectMapper mapper = DomainJson.newMapper();
    private final RowCodec codec = new RowCodec(mapper);
    private final Lab lab = new Lab();

    static List<String> commandTypes() {
        return List.copyOf(CommandTypes.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("commandTypes")
    void everyCommandTypeRoundTripsThroughJson(String wireName) throws Exception {
        Command command = ExampleCommands.of(CommandTypes.all().get(wireName), lab, lab.admin);

        String json = mapper.writeValueAsString(command);
        Command back = mapper.readValue(json, Command.class);

        assertThat(back).isEqualTo(command);
        JsonNode tree = mapper.readTree(json);
        assertThat(tree.get("type").asText()).isEqualTo(wireName);
        assertThat(tree.get("meta").get("authored_at").asText()).isEqualTo("2026-03-10T09:00:00Z");
        assertThat(tree.get("meta").has("command_id")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void everyTablesRowRoundTripsThroughItsEnvelope(Table table) throws Exception {
        Row row = ExampleRows.of(table, lab);
        assertThat(Table.of(row)).isEqualTo(table);

        RowEnvelope envelope = codec.encode(row);
        RowEnvelope overTheWire = mapper.readValue(mapper.writeValueAsString(envelope), RowEnvelope.class);

        assertThat(codec.decode(overTheWire)).isEqualTo(row);
        assertThat(overTheWire.table()).isEqualTo(table.tableName());
        assertThat(overTheWire.rowVersion()).isEqualTo(row.rowVersion());
    }

    @Test
    void aPushOfMixedCommandsRoundTrips() throws Exception {
        PushRequest push = new PushRequest(commandTypes().stream()
                .map(name -> ExampleCommands.of(CommandTypes.all().get(name), lab, lab.admin))
                .toList());
        assertThat(mapper.readValue(mapper.writeValueAsString(push), PushRequest.class))
                .isEqualTo(push);
    }

    @Test
    void everyKindOfCommandResultRoundTrips() throws Exception {
        PushResponse response = new PushResponse(
                List.of(
                        new CommandResult.Applied(Ids.newId(), List.of(codec.encode(lab.sample))),
                        new CommandResult.Rejected(
                                Ids.newId(),
                                RejectionCode.CALIBRATION_EXPIRED,
                                "Calibration expired for XRD-01 on 2026-03-01"),
                        new CommandResult.Conflict(Ids.newId(), "changed meanwhile", codec.encode(lab.sample))),
                Instant.parse("2026-03-10T09:00:01Z"));

        String json = mapper.writeValueAsString(response);

        assertThat(mapper.readValue(json, PushResponse.class)).isEqualTo(response);
        assertThat(json).contains("\"status\":\"rejected\"", "\"code\":\"calibration_expired\"");
    }

    @Test
    void aPullPageWithATombstoneRoundTrips() throws Exception {
        PullResponse page = new PullResponse(
                List.of(
                        new ChangeEnvelope(
                                41,
                                "samples",
                                lab.sample.id(),
                                codec.encode(lab.sample).data()),
                        new ChangeEnvelope(42, "wafers", lab.wafer.id(), null)),
                42,
                true,
                Lab.NOW);

        PullResponse back = mapper.readValue(mapper.writeValueAsString(page), PullResponse.class);

        assertThat(back).isEqualTo(page);
        assertThat(back.changes().get(1).tombstone()).isTrue();
    }
}
