package lab.spectra.server.lims;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.custody.RecordCustodyEvent;
import lab.spectra.model.id.Ids;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Pages;
import lab.spectra.server.http.Requests;

/** The chain of custody of samples. */
public final class CustodyRoutes {

    public record NewCustodyEvent(
            UUID id, UUID sampleId, String fromCustodian, String toCustodian, String location, String reason) {}

    public static void register(
            ApiRoutes routes, CustodyQueries custody, CommandService commands, CommandMetas metas, JsonBodies bodies) {
        routes.get(
                "/api/lims/custody",
                "Custody events, optionally of one sample",
                List.of("limit", "cursor", "sample_id"),
                (ctx, user) -> ctx.json(custody.page(
                        user,
                        new CustodyQueries.Filter(Requests.optionalUuidQuery(ctx, "sample_id")),
                        Pages.request(ctx))));
        routes.post("/api/lims/custody", "Record a hand-over of a sample", NewCustodyEvent.class, (ctx, user) -> {
            NewCustodyEvent body = bodies.read(ctx, NewCustodyEvent.class);
            CommandResponses.send(
                    ctx,
                    commands.execute(
                            new RecordCustodyEvent(
                                    metas.of(ctx, user),
                                    body.id() != null ? body.id() : Ids.newId(),
                                    body.sampleId(),
                                    body.fromCustodian(),
                                    body.toCustodian(),
                                    body.location(),
                                    body.reason()),
                            user.asActor()),
                    201);
        });
    }

    private CustodyRoutes() {}
}
