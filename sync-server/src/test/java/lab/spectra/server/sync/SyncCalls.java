package lab.spectra.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.DomainJson;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.server.testing.DemoServer;
import lab.spectra.server.testing.Http;

/** Push and pull against the shared demo server, with the protocol's own JSON. */
final class SyncCalls {

    final DemoServer demo = DemoServer.get();
    final ObjectMapper mapper = DomainJson.newMapper();
    final UUID workstation = Ids.newId();

    String token(String email) {
        return demo.token(email);
    }

    UUID userId(String email) {
        return UUID.fromString(
                demo.http.get("/auth/me", token(email)).body().get("id").asText());
    }

    CommandMeta meta(String email) {
        return new CommandMeta(Ids.newId(), userId(email), workstation, Instant.now());
    }

    Http.Response pushRaw(String email, String body) {
        return demo.http.post("/sync/push", token(email), body);
    }

    PushResponse push(String email, Command... commands) {
        try {
            Http.Response response = pushRaw(email, mapper.writeValueAsString(new PushRequest(List.of(commands))));
            if (response.status() != 200) {
                throw new IllegalStateException("push answered " + response.status() + " " + response.body());
            }
            return mapper.treeToValue(response.body(), PushResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    PullResponse pull(String email, long after, int limit) {
        Http.Response response = demo.http.get("/sync/pull?after=" + after + "&limit=" + limit, token(email));
        if (response.status() != 200) {
            throw new IllegalStateException("pull answered " + response.status() + " " + response.body());
        }
        try {
            return mapper.treeToValue(response.body(), PullResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
