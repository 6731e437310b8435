package lab.spectra.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.PushRequest;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.trust.CommandSeals;

/**
 * Commands of every type, with the lab's records, another organization's, ids minted on the spot,
 * absurd values and ids used twice, pushed for a real organization: each command gets exactly one
 * answer (applied, rejected or conflict) in the order sent; an applied one writes one change and
 * one audit entry per row it answers with and nothing else; a refused one writes nothing - no
 * record, no change, no audit entry; a command decided before gets its kept answer; the audit
 * chain still verifies; and the same batch sent again gets the same answers and writes nothing
 * more. Never a 5xx, never an exception.
 *
 * <p>An input that starts with '{' is a push body ({@code $sample}-style names bound, see {@link
 * Placeholders}): the seeds are real pushes. Any other input is read as choices for {@link
 * GeneratedCommands}. The server keeps its state from one input to the next, as in use, and what
 * it decided before is read from its own database, so every check holds whatever came before.
 * Fuzz with {@code mvn -Pfuzz verify} (see sync-server/pom.xml).
 */
class FuzzedCommandsAreEachAnsweredOnceAndWriteAllOrNothingTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "push.dict")
    void pushedCommands(FuzzedDataProvider data) throws IOException {
        FuzzLab lab = FuzzLab.forFuzzing();
        Optional<FuzzedPush> fuzzed = fuzzedPush(data, lab);
        if (fuzzed.isEmpty()) {
            return;
        }
        FuzzedPush push = fuzzed.get();
        Optional<List<Command>> readable = commandsIn(lab, push);
        List<Optional<FuzzLab.KeptAnswer>> keptBefore = new ArrayList<>();
        Map<UUID, FuzzLab.Ledger> tracesBefore = new LinkedHashMap<>();
        readable.ifPresent(commands -> commands.forEach(command -> {
            keptBefore.add(
                    lab.keptAnswer(command.meta().authorId(), command.meta().commandId()));
            tracesBefore.computeIfAbsent(command.meta().commandId(), lab::tracesOf);
        }));
        FuzzLab.Ledger before = lab.ledger();

        FuzzLab.Answer answer = lab.push(push.pusher(), push.body());

        assertThat(answer.status()).as("status of %s", answer.body()).isBetween(200, 499);
        if (answer.status() != 200) {
            JsonNode error = lab.mapper.readTree(answer.body());
            assertThat(error.path("code").asText()).as("the error's code").isNotBlank();
            assertThat(error.path("message").asText()).as("the error's message").isNotBlank();
            assertThat(lab.ledger())
                    .as("changes and audit entries after a refused push")
                    .isEqualTo(before);
            return;
        }
        assertThat(readable).as("the commands of a push the server took").isPresent();
        List<Command> commands = readable.get();
        List<CommandResult> results =
                lab.mapper.readValue(answer.body(), PushResponse.class).results();
        assertThat(results)
                .as("one answer per command, in the order sent")
                .extracting(CommandResult::commandId)
                .containsExactlyElementsOf(commands.stream()
                        .map(command -> command.meta().commandId())
                        .toList());

        Map<UUID, Long> rowsById = new HashMap<>();
        long written = 0;
        Map<List<UUID>, Decided> decidedNow = new HashMap<>();
        CommandSeals seals = new CommandSeals(lab.mapper);
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            Writes writes = writesNow(lab, seals, command, results.get(i), keptBefore.get(i), decidedNow);
            rowsById.merge(command.meta().commandId(), writes.rows(), Long::sum);
            written += writes.rows() + writes.reviewItems();
        }
        assertThat(lab.ledger())
                .as("changes and audit entries: one per row answered, one per review item")
                .isEqualTo(before.plus(written));
        rowsById.forEach((commandId, rows) -> assertThat(lab.tracesOf(commandId))
                .as("changes and audit entries naming command %s", commandId)
                .isEqualTo(tracesBefore.get(commandId).plus(rows)));
        checkRefusedLeaveNoRecords(lab, push, results);
        if (written > 0) {
            assertThat(lab.brokenAuditLink())
                    .as("the first broken link of the audit chain")
                    .isEmpty();
        }

        checkSentAgain(lab, seals, push, commands, results);
    }

    /**
     * The batch sent again (a bench whose answer was lost) writes nothing, and each command gets
     * the answer it got: an applied one, and a refused one whose answer the server kept, exactly
     * so. A refusal the server does not keep (the author is not one of the organization's people,
     * the database refused a value) is decided again: it may come back as another refusal - say a
     * conflict, when a later command of the batch took its id - but never as applied.
     */
    private static void checkSentAgain(
            FuzzLab lab, CommandSeals seals, FuzzedPush push, List<Command> commands, List<CommandResult> results)
            throws IOException {
        List<Boolean> kept = new ArrayList<>();
        for (Command command : commands) {
            Optional<FuzzLab.KeptAnswer> answer =
                    lab.keptAnswer(command.meta().authorId(), command.meta().commandId());
            kept.add(answer.isPresent() && answer.get().contentHash().equals(seals.hash(command)));
        }
        FuzzLab.Ledger decided = lab.ledger();

        FuzzLab.Answer again = lab.push(push.pusher(), push.body());

        assertThat(again.status())
                .as("status of the batch sent again: %s", again.body())
                .isEqualTo(200);
        List<CommandResult> answeredAgain =
                lab.mapper.readValue(again.body(), PushResponse.class).results();
        assertThat(answeredAgain).hasSameSizeAs(results);
        for (int i = 0; i < results.size(); i++) {
            CommandResult first = results.get(i);
            if (first instanceof CommandResult.Applied || kept.get(i)) {
                assertThat(Answers.same(lab.mapper, answeredAgain.get(i), first))
                        .as("the answer to %s sent again: %s", first, answeredAgain.get(i))
                        .isTrue();
            } else {
                assertThat(answeredAgain.get(i))
                        .as("the answer to %s, refused and not kept, sent again", first)
                        .isNotInstanceOf(CommandResult.Applied.class);
            }
        }
        assertThat(lab.ledger())
                .as("changes and audit entries after the batch came again")
                .isEqualTo(decided);
    }

    /**
     * The input as a push: a push body when it starts with '{' (empty when it is not a JSON
     * object - broken bodies are the other fuzz test's), else one made from its bytes as choices.
     */
    private static Optional<FuzzedPush> fuzzedPush(FuzzedDataProvider data, FuzzLab lab) {
        byte[] first = data.consumeBytes(1);
        if (first.length == 0 || first[0] != '{') {
            return Optional.of(GeneratedCommands.push(data, lab));
        }
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] input = new byte[1 + rest.length];
        input[0] = first[0];
        System.arraycopy(rest, 0, input, 1, rest.length);
        Placeholders.Bound bound = lab.placeholders.bind(input);
        JsonNode json;
        try {
            json = lab.mapper.readTree(bound.bytes());
        } catch (IOException notJson) {
            return Optional.empty();
        }
        if (!(json instanceof ObjectNode body)) {
            return Optional.empty();
        }
        // Pushed by the author of its first command when that is one of the lab's people, as a
        // bench pushes its own user's commands; else by the engineer.
        Actor pusher = lab.personWithId(
                        parsedId(body.path("commands").path(0).path("meta").path("author_id")))
                .orElse(lab.org.engineer());
        return Optional.of(new FuzzedPush(pusher, bound.bytes(), body, bound.mintedIds()));
    }

    private static UUID parsedId(JsonNode text) {
        try {
            return UUID.fromString(text.asText());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The push's commands as the product reads them, or empty when it cannot (the server must refuse it). */
    private static Optional<List<Command>> commandsIn(FuzzLab lab, FuzzedPush push) {
        try {
            return Optional.of(
                    lab.mapper.readValue(push.body(), PushRequest.class).commands());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A command's answer in this push, with the hash of the content it was given for. */
    private record Decided(String contentHash, CommandResult answer) {}

    /**
     * What a command wrote now: the rows it answers with, each a change and an audit entry, and a
     * review item when it was applied for review.
     */
    private record Writes(long rows, long reviewItems) {
        static final Writes NONE = new Writes(0, 0);
    }

    /**
     * What the command wrote now: its answer's rows and review item when it was decided now and
     * applied; nothing when it was refused, nor when it was decided before (in an earlier push or
     * earlier in this one), whose kept answer it must get again - or a conflict, when its id was
     * used again for other content.
     */
    private static Writes writesNow(
            FuzzLab lab,
            CommandSeals seals,
            Command command,
            CommandResult result,
            Optional<FuzzLab.KeptAnswer> keptBefore,
            Map<List<UUID>, Decided> decidedNow)
            throws IOException {
        List<UUID> key = List.of(command.meta().authorId(), command.meta().commandId());
        String contentHash = seals.hash(command);
        Optional<Decided> earlier = keptBefore.isPresent()
                ? Optional.of(new Decided(
                        keptBefore.get().contentHash(),
                        lab.mapper.readValue(keptBefore.get().outcome(), CommandResult.class)))
                : Optional.ofNullable(decidedNow.get(key));
        if (earlier.isPresent() && earlier.get().answer() instanceof CommandResult.Applied) {
            if (contentHash.equals(earlier.get().contentHash())) {
                assertThat(Answers.same(lab.mapper, result, earlier.get().answer()))
                        .as(
                                "the kept answer %s given again, not %s",
                                earlier.get().answer(), result)
                        .isTrue();
            } else {
                assertThat(result)
                        .as("the answer to an applied command's id used for other content")
                        .isInstanceOf(CommandResult.Conflict.class);
            }
            return Writes.NONE;
        }
        if (keptBefore.isPresent()) {
            // Refused before and kept: it stays refused (the same answer, or a conflict for other content).
            assertThat(result).isNotInstanceOf(CommandResult.Applied.class);
            return Writes.NONE;
        }
        decidedNow.putIfAbsent(key, new Decided(contentHash, result));
        if (!(result instanceof CommandResult.Applied applied)) {
            return Writes.NONE;
        }
        return new Writes(applied.rows().size(), applied.review() == null ? 0 : 1);
    }

    /** No record bears an id minted for this input that only refused commands named. */
    private static void checkRefusedLeaveNoRecords(FuzzLab lab, FuzzedPush push, List<CommandResult> results) {
        JsonNode sent = push.json().path("commands");
        List<String> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            (results.get(i) instanceof CommandResult.Applied ? applied : refused)
                    .add(sent.path(i).toString());
        }
        for (UUID minted : push.mintedIds()) {
            String id = minted.toString();
            if (refused.stream().anyMatch(json -> json.contains(id))
                    && applied.stream().noneMatch(json -> json.contains(id))) {
                assertThat(lab.recordsWithId(minted))
                        .as("records with id %s, named only by refused commands", id)
                        .isZero();
            }
        }
    }
}
