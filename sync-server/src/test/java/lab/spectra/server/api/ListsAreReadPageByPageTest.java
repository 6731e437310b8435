package lab.spectra.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.OwnLab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Lists are read a page at a time, in the order their records were made, and their filters pick
 * exactly the records they name.
 */
class ListsAreReadPageByPageTest {

    private final OwnLab own = new OwnLab("pages");
    private final ServerLab lab = own.lab;

    @AfterEach
    void close() {
        own.close();
    }

    private Http.Response get(String path) {
        Http.Response response = own.demo.http.get(path, own.token("viewer"));
        assertThat(response.status()).as(path).isEqualTo(200);
        return response;
    }

    private static List<String> ids(Http.Response page) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.body().get("items")) {
            ids.add(item.get("id").asText());
        }
        return ids;
    }

    @Test
    void aLongListIsReadPageAfterPageWithoutGapsOrRepeats() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(lab.sample(own.org, "P-" + i).toString());
        }

        List<String> read = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response page = get("/api/lims/samples?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            pageSizes.add(ids(page).size());
            read.addAll(ids(page));
            JsonNode next = page.body().get("next_cursor");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);

        assertThat(read).containsExactlyElementsOf(made);
        assertThat(pageSizes).containsExactly(3, 3, 1);
    }

    @Test
    void aBarcodeFindsItsOneSample() {
        lab.sample(own.org, "B-1");
        UUID wanted = lab.sample(own.org, "B-2");
        lab.sample(own.org, "B-3");

        assertThat(ids(get("/api/lims/samples?barcode=B-2"))).containsExactly(wanted.toString());
    }

    @Test
    void runsAreListedByTheirStatus() {
        UUID instrument = lab.instrumentWithValidCalibration(own.org, "SMU-P", InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(own.org, "IV sweep", InstrumentKind.SMU);
        StartRun first = new StartRun(
                lab.meta(own.org.technician()), Ids.newId(), recipe, instrument, lab.sample(own.org, "R-1"), null);
        StartRun second = new StartRun(
                lab.meta(own.org.technician()), Ids.newId(), recipe, instrument, lab.sample(own.org, "R-2"), null);
        ServerLab.expectApplied(lab.run(first, own.org.technician()));
        ServerLab.expectApplied(lab.run(second, own.org.technician()));
        ServerLab.expectApplied(
                lab.run(new FinishRun(lab.meta(own.org.technician()), first.runId()), own.org.technician()));

        assertThat(ids(get("/api/analysis/runs?status=finished")))
                .containsExactly(first.runId().toString());
        assertThat(ids(get("/api/analysis/runs?status=running")))
                .containsExactly(second.runId().toString());
        assertThat(ids(get("/api/analysis/runs")))
                .as("newest first")
                .containsExactly(second.runId().toString(), first.runId().toString());
    }
}
