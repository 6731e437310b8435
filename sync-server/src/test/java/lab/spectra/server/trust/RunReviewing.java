package lab.spectra.server.trust;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.FinishRun;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;

/** Finished runs of a {@link TrustLab}'s technician, and reviews of them over the server's API. */
final class RunReviewing {

    private final TrustLab lab;

    RunReviewing(TrustLab lab) {
        this.lab = lab;
    }

    /** A run the organization's technician started, recorded a resistance on and finished. */
    UUID finishedRunOfTheTechnician(ServerLab.Org org, String name) {
        return finishedRunOf(org, org.technician(), name);
    }

    /** A run the operator started, recorded a resistance on and finished. */
    UUID finishedRunOf(ServerLab.Org org, Actor technician, String name) {
        UUID smu = lab.lab.instrumentWithValidCalibration(org, "SMU-" + name, InstrumentKind.SMU);
        UUID recipe = lab.lab.approvedRecipe(org, "IV sweep " + name, InstrumentKind.SMU);
        UUID sample = lab.lab.sample(org, "S-" + name);
        StartRun start = new StartRun(lab.lab.meta(technician), Ids.newId(), recipe, smu, sample, null);
        ServerLab.expectApplied(lab.lab.run(start, technician));
        ServerLab.expectApplied(lab.lab.run(
                new RecordResult(
                        lab.lab.meta(technician), Ids.newId(), start.runId(), "resistance", 1.02e3, "Ω", null, null),
                technician));
        ServerLab.expectApplied(lab.lab.run(
                new FinishRun(
                        new CommandMeta(
                                Ids.newId(),
                                technician.userId(),
                                lab.lab.workstationId,
                                lab.lab.clock.instant().plus(Duration.ofSeconds(1))),
                        start.runId()),
                technician));
        return start.runId();
    }

    Http.Response reviews(UUID runId, Actor viewer) {
        return lab.http.get("/api/analysis/runs/" + runId + "/reviews", lab.token(viewer));
    }

    /** The content hash the reviews list names: what a reviewer who opens the run now is shown. */
    String shownHash(UUID runId, Actor viewer) {
        Http.Response response = reviews(runId, viewer);
        if (response.status() != 200) {
            throw new IllegalStateException("reviews answered " + response.status() + " " + response.body());
        }
        return response.body().path("content_sha256").asText();
    }

    Http.Response review(
            UUID runId, Actor reviewer, ReviewDecision decision, String comment, String password, String hash) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision.name().toLowerCase(Locale.ROOT));
        if (comment != null) {
            body.put("comment", comment);
        }
        body.put("password", password);
        if (hash != null) {
            body.put("content_sha256", hash);
        }
        return lab.http.post("/api/analysis/runs/" + runId + "/review", lab.token(reviewer), body);
    }

    JsonNode reviewItems(UUID runId, Actor viewer) {
        return reviews(runId, viewer).body().path("items");
    }
}
