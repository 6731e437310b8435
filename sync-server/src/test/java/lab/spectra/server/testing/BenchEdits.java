package lab.spectra.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Edits as a bench PC makes them: commands pushed through {@code /sync/push} as the protocol's JSON
 * (recipe drafts and notebook entries have no REST edit endpoint). Each edit must apply.
 */
public final class BenchEdits {

    private final DemoServer demo;
    private final DemoIds ids;
    private final String workstation = UUID.randomUUID().toString();

    public BenchEdits(DemoServer demo, DemoIds ids) {
        this.demo = demo;
        this.ids = ids;
    }

    public String userId(String person) {
        return demo.http.get("/auth/me", ids.token(person)).body().get("id").asText();
    }

    public void renameRecipeDraft(String person, String recipeId, String from, String to) {
        Map<String, Object> command = command("EditRecipeDraft", person);
        command.put("recipe_id", recipeId);
        command.put("name", Map.of("from", from, "to", to));
        push(person, command);
    }

    /** @return the entry as the edit left it, as the server stored it */
    public JsonNode rewriteEntry(String person, String entryId, String from, String to) {
        Map<String, Object> command = command("EditElnEntry", person);
        command.put("entry_id", entryId);
        command.put("body_markdown", Map.of("from", from, "to", to));
        return push(person, command).get("rows").get(0).get("data");
    }

    /** Sends one command and returns its answer, whatever it is. */
    public JsonNode pushAndAnswer(String person, Map<String, Object> command) {
        Http.Response response = demo.http.post("/sync/push", ids.token(person), Map.of("commands", List.of(command)));
        if (response.status() != 200) {
            throw new IllegalStateException("push answered " + response.status() + " " + response.body());
        }
        return response.body().get("results").get(0);
    }

    /** A command of the given type by {@code person}, with its meta filled in; add the arguments. */
    public Map<String, Object> command(String type, String person) {
        Map<String, Object> command = new HashMap<>();
        command.put("type", type);
        command.put(
                "meta",
                Map.of(
                        "command_id", UUID.randomUUID().toString(),
                        "author_id", userId(person),
                        "workstation_id", workstation,
                        "authored_at",
                                Instant.now().truncatedTo(ChronoUnit.MICROS).toString()));
        return command;
    }

    private JsonNode push(String person, Map<String, Object> command) {
        JsonNode answer = pushAndAnswer(person, command);
        if (!answer.path("status").asText().equals("applied")) {
            throw new IllegalStateException("Setup edit was not applied: " + answer);
        }
        return answer;
    }
}
