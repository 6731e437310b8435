package lab.spectra.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.sample.CreateSample;
import lab.spectra.model.sample.EditSample;
import lab.spectra.server.testing.Http;
import org.junit.jupiter.api.Test;

class EachAnswerToACommandIsCountedByItsTypeAndOutcomeTest {

    private static final String DECIDED = "spectra_commands_decided_total";

    private final MeteredServer metered = MeteredServer.get();
    private final ObjectMapper mapper = DomainJson.newMapper();

    private static final Map<String, String> SAMPLE_APPLIED_BY_SYNC =
            Map.of("type", "CreateSample", "outcome", "applied", "reason", "none", "via", "sync");
    private static final Map<String, String> EDIT_NOT_FOUND_BY_SYNC =
            Map.of("type", "EditSample", "outcome", "rejected", "reason", "not_found", "via", "sync");

    @Test
    void aPushCountsEachOfItsCommandsUnderItsTypeAndOutcome() {
        Scrape before = metered.scrape();

        Http.Response pushed = push(
                new CreateSample(meta(), Ids.newId(), "Counted sample", "CNT-" + Ids.newId(), null, null, null),
                new EditSample(
                        meta(),
                        Ids.newId(),
                        null,
                        null,
                        new FieldChange<>("anywhere", "Shelf 9"),
                        null,
                        null,
                        null,
                        null));

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.body().path("results").get(1).path("code").asText()).isEqualTo("not_found");
        Scrape after = metered.scrape();
        assertThat(after.value(DECIDED, SAMPLE_APPLIED_BY_SYNC))
                .isEqualTo(before.value(DECIDED, SAMPLE_APPLIED_BY_SYNC) + 1);
        assertThat(after.value(DECIDED, EDIT_NOT_FOUND_BY_SYNC))
                .isEqualTo(before.value(DECIDED, EDIT_NOT_FOUND_BY_SYNC) + 1);
        assertThat(after.value("spectra_sync_pushed_commands_total", Map.of()))
                .isEqualTo(before.value("spectra_sync_pushed_commands_total", Map.of()) + 2);
        assertThat(after.value("spectra_sync_pushes_total", Map.of()))
                .isEqualTo(before.value("spectra_sync_pushes_total", Map.of()) + 1);
    }

    @Test
    void aRestWriteIsCountedUnderItsTypeAsComingThroughRest() {
        Map<String, String> appliedByRest =
                Map.of("type", "CreateSample", "outcome", "applied", "reason", "none", "via", "rest");
        Scrape before = metered.scrape();

        Http.Response created = metered.server.http.post(
                "/api/lims/samples", metered.token, Map.of("name", "Written sample", "barcode", "RST-" + Ids.newId()));

        assertThat(created.status()).isEqualTo(201);
        Scrape after = metered.scrape();
        assertThat(after.value(DECIDED, appliedByRest)).isEqualTo(before.value(DECIDED, appliedByRest) + 1);
        assertThat(after.value(DECIDED, SAMPLE_APPLIED_BY_SYNC))
                .as("a REST write is not a push")
                .isEqualTo(before.value(DECIDED, SAMPLE_APPLIED_BY_SYNC));
    }

    @Test
    void aPullCountsThePageAndTheRowsItSent() {
        Scrape before = metered.scrape();

        Http.Response pulled = metered.server.http.get("/sync/pull?after=0&limit=50", metered.token);

        assertThat(pulled.status()).isEqualTo(200);
        int rows = pulled.body().path("changes").size();
        assertThat(rows).isPositive();
        Scrape after = metered.scrape();
        assertThat(after.value("spectra_sync_pulled_rows_total", Map.of()))
                .isEqualTo(before.value("spectra_sync_pulled_rows_total", Map.of()) + rows);
        assertThat(after.value("spectra_sync_pulls_total", Map.of()))
                .isEqualTo(before.value("spectra_sync_pulls_total", Map.of()) + 1);
    }

    private CommandMeta meta() {
        return new CommandMeta(Ids.newId(), metered.engineer.id(), Ids.newId(), Instant.now());
    }

    private Http.Response push(Command... commands) {
        try {
            return metered.server.http.post(
                    "/sync/push", metered.token, mapper.writeValueAsString(new PushRequest(List.of(commands))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
