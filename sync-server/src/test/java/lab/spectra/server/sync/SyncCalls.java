package lab.spectra.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /** The raw answer to pushing these commands, whatever its status. */
    Http.Response pushAnswering(String email, List<? extends Command> commands) {
        try {
            return pushRaw(email, mapper.writeValueAsString(new PushRequest(List.copyOf(commands))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count over the whole database, as its owner: {@code sql} with its parameters bound in order. */
    long count(String sql, Object... parameters) {
        try (Connection connection = demo.postgres.ownerConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements as the database's owner (fixtures no application role may make). */
    void asOwner(String... statements) {
        try (Connection connection = demo.postgres.ownerConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
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
