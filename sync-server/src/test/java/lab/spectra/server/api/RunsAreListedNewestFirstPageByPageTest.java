package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/analysis/runs} lists the most recently started run first, as the bench does, and
 * its cursor pages through that order without gaps or repeats — even where the runs' ids (made on
 * benches, offline) are in another order than their start times.
 */
class RunsAreListedNewestFirstPageByPageTest {

    private final OwnLab own = new OwnLab("newest-runs");
    private final ServerLab lab = own.lab;

    @AfterEach
    void close() {
        own.close();
    }

    @Test
    void theLastStartedRunComesFirstAndTheCursorWalksBackInTime() {
        UUID instrument = lab.instrumentWithValidCalibration(own.org, "SMU-N", InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(own.org, "IV sweep", InstrumentKind.SMU);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.newId());
        }
        // Started in an order that is neither their ids' nor its reverse (ids made on benches, offline):
        // only the start times give the order asked for.
        List<UUID> startOrder = List.of(ids.get(2), ids.get(0), ids.get(4), ids.get(1), ids.get(3));
        for (UUID run : startOrder) {
            ServerLab.expectApplied(lab.run(
                    new StartRun(
                            lab.meta(own.org.technician()),
                            run,
                            recipe,
                            instrument,
                            lab.sample(own.org, "N-" + run),
                            null),
                    own.org.technician()));
        }

        List<String> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response page = own.demo.http.get(
                    "/api/analysis/runs?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), own.token("viewer"));
            assertThat(page.status()).isEqualTo(200);
            int size = 0;
            for (JsonNode item : page.body().get("items")) {
                read.add(item.get("id").asText());
                size++;
            }
            pageSizes.add(size);
            JsonNode next = page.body().get("next_cursor");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);

        List<String> newestFirst = new ArrayList<>();
        for (UUID run : startOrder) {
            newestFirst.add(0, run.toString());
        }
        assertThat(read).containsExactlyElementsOf(newestFirst);
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }
}
