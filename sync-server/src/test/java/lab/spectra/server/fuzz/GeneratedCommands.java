package lab.spectra.server.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.CommandTypes;

/**
 * Push bodies made from the fuzzer's choices rather than from its bytes as text: which of the
 * lab's people pushes, one to four commands of any registered type, and for every argument a
 * value of its type - the lab's own records, another organization's, ids minted for this input,
 * absurd times, texts with control characters or thousands of letters, a value of the wrong JSON
 * type now and then - and commands sent twice or their ids used again within the batch. Nearly
 * every such body is well-formed, so the fuzzer's time goes into the command rules rather than
 * into JSON syntax. Arguments are found from the command records themselves, so a command type
 * added later is fuzzed without a change here.
 *
 * <p>Every choice's first option is the ordinary one (the pusher's own command, a sensible text,
 * the time now): an input that runs out of bytes reads as zeros to the end, and should still make
 * commands the rules can accept rather than a tail of oddities.
 */
final class GeneratedCommands {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.NamingBase WIRE_NAMES =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final List<Map.Entry<String, Class<? extends Command>>> TYPES =
            List.copyOf(CommandTypes.all().entrySet());
    private static final List<String> PEOPLE = List.of("$admin", "$pi", "$engineer", "$tech", "$viewer");
    /** Pushers, most often those whose role allows most commands: roles are hierarchical. */
    private static final List<String> PUSHERS =
            List.of("$admin", "$admin", "$admin", "$pi", "$pi", "$pi", "$engineer", "$engineer", "$tech", "$viewer");
    /** Texts a person would type, and the lab's own names, so that edits and look-ups can match. */
    private static final List<String> TEXTS = List.of(
            "Fuzzed text",
            "FZ-SAMPLE",
            "Fuzz sample",
            "Cabinet A",
            "Bay 1",
            "Fuzz probe",
            "Fuzz IV sweep",
            "Fuzzed silicon",
            "current",
            "A",
            "mA",
            "text/csv",
            "approve",
            "0".repeat(64),
            "eyJhbGciOiJFUzI1NiJ9.e30.c2ln");

    private final FuzzedDataProvider data;
    private final FuzzLab lab;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final List<UUID> minted = new ArrayList<>();

    private GeneratedCommands(FuzzedDataProvider data, FuzzLab lab) {
        this.data = data;
        this.lab = lab;
    }

    /** A push made from the fuzzer's remaining choices. */
    static FuzzedPush push(FuzzedDataProvider data, FuzzLab lab) {
        return new GeneratedCommands(data, lab).push();
    }

    private FuzzedPush push() {
        Actor pusher = lab.person(data.pickValue(PUSHERS));
        int count = data.consumeInt(1, 4);
        ArrayNode commands = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            commands.add(command(pusher, commands));
        }
        if (data.consumeInt(0, 7) == 7) {
            // One value of a type its argument cannot have: the whole push is malformed.
            ObjectNode command = (ObjectNode) commands.get(data.consumeInt(0, count - 1));
            List<String> arguments = new ArrayList<>();
            command.fieldNames().forEachRemaining(arguments::add);
            command.set(data.pickValue(arguments), wrongType());
        }
        ObjectNode body = NODES.objectNode().set("commands", commands);
        return new FuzzedPush(pusher, write(lab.mapper, body), body, Set.copyOf(minted));
    }

    private ObjectNode command(Actor pusher, ArrayNode earlier) {
        if (!earlier.isEmpty() && data.consumeInt(0, 7) == 7) {
            // Sent twice in one batch, as a bench does when it resends after a lost answer.
            return ((ObjectNode) earlier.get(data.consumeInt(0, earlier.size() - 1))).deepCopy();
        }
        Map.Entry<String, Class<? extends Command>> type = data.pickValue(TYPES);
        ObjectNode command = NODES.objectNode();
        command.put("type", type.getKey());
        command.set("meta", meta(pusher, earlier));
        for (RecordComponent component : type.getValue().getRecordComponents()) {
            if (component.getType() == CommandMeta.class) {
                continue;
            }
            if (data.consumeInt(0, 31) == 31) {
                continue;
            }
            command.set(
                    WIRE_NAMES.translate(component.getName()), value(component.getName(), component.getGenericType()));
        }
        return command;
    }

    private ObjectNode meta(Actor pusher, ArrayNode earlier) {
        ObjectNode meta = NODES.objectNode();
        boolean usedAgain = !earlier.isEmpty() && data.consumeInt(0, 7) == 7;
        // An id used again for other content is a different change under a taken id: a conflict.
        meta.put(
                "command_id",
                usedAgain
                        ? earlier.get(data.consumeInt(0, earlier.size() - 1))
                                .path("meta")
                                .path("command_id")
                                .asText()
                        : mint().toString());
        meta.put("author_id", author(pusher));
        meta.put("workstation_id", data.consumeInt(0, 15) == 15 ? mint().toString() : named("$workstation"));
        meta.put("authored_at", instant());
        if (data.consumeInt(0, 15) == 15) {
            // A signed command's evidence, mostly well-formed; no device key of the lab made it.
            String jws = "eyJhbGciOiJFUzI1NiJ9.eyJ0IjoxfQ.c2lnbmF0dXJl";
            meta.put("time_receipt", data.consumeBoolean() ? jws : text());
            meta.put("key_id", data.consumeBoolean() ? "key-1" : text());
            meta.put("sequence", data.consumeBoolean() ? 1 : data.consumeLong());
            meta.put("previous_hash", data.consumeBoolean() ? CommandMeta.GENESIS : text());
            meta.put("signature", data.consumeBoolean() ? jws : text());
        }
        return meta;
    }

    private String author(Actor pusher) {
        switch (data.consumeInt(0, 31)) {
            case 29:
                return named(data.pickValue(PEOPLE));
            case 30:
                return named("$other_engineer");
            case 31:
                return mint().toString();
            default:
                return pusher.userId().toString();
        }
    }

    private JsonNode value(String argument, Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == UUID.class) {
            return nullable(id(argument));
        }
        if (raw == String.class) {
            return NODES.textNode(text());
        }
        if (raw == Instant.class) {
            return NODES.textNode(instant());
        }
        if (raw == Double.class) {
            return NODES.numberNode(number());
        }
        if (raw == Integer.class) {
            return NODES.numberNode(data.consumeBoolean() ? data.consumeInt() : data.consumeInt(-2, 400));
        }
        if (raw == Long.class || raw == long.class) {
            return NODES.numberNode(data.consumeBoolean() ? data.consumeLong() : data.consumeLong(-1, 5));
        }
        if (raw == Boolean.class) {
            return NODES.booleanNode(data.consumeBoolean());
        }
        if (raw.isEnum()) {
            Enum<?>[] constants = (Enum<?>[]) raw.getEnumConstants();
            return NODES.textNode(
                    data.consumeInt(0, 15) == 15
                            ? text()
                            : data.pickValue(constants).name().toLowerCase(Locale.ROOT));
        }
        if (raw == ObjectNode.class) {
            return object(data.consumeInt(0, 3));
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode list = NODES.arrayNode();
            int size = data.consumeInt(0, 3);
            for (int i = 0; i < size; i++) {
                list.add(value(argument, element));
            }
            return list;
        }
        if (raw == FieldChange.class) {
            if (data.consumeInt(0, 3) == 3) {
                return NODES.nullNode();
            }
            Type changed = ((ParameterizedType) type).getActualTypeArguments()[0];
            ObjectNode change = NODES.objectNode();
            change.set("from", data.consumeBoolean() ? NODES.nullNode() : value(argument, changed));
            change.set("to", value(argument, changed));
            return change;
        }
        throw new IllegalStateException(
                "A command argument of a type the fuzz test cannot make yet: " + type.getTypeName());
    }

    /**
     * An id for the argument: most often the lab's record of the kind the argument's name says
     * ({@code sampleId}: the sample), else any of the lab's ids, another organization's record,
     * or an id minted for this input (a new record, or one an earlier command of it made).
     */
    private UUID id(String argument) {
        String kind = argument.replaceFirst("^basedOn", "").replaceFirst("Ids?$", "");
        if (kind.equals("user")) {
            return UUID.fromString(named(data.pickValue(PEOPLE)));
        }
        String own = "$" + kind.toLowerCase(Locale.ROOT);
        String elsewhere = "$other_" + kind.toLowerCase(Locale.ROOT);
        switch (data.consumeInt(0, 7)) {
            case 0:
            case 1:
                return lab.placeholders.lab().containsKey(own) ? UUID.fromString(named(own)) : mint();
            case 2:
                return UUID.fromString(data.pickValue(
                        lab.placeholders.lab().values().stream().sorted().toList()));
            case 3:
                return lab.placeholders.lab().containsKey(elsewhere) ? UUID.fromString(named(elsewhere)) : mint();
            case 4:
                return null;
            default:
                return minted.isEmpty() || data.consumeBoolean()
                        ? mint()
                        : minted.get(data.consumeInt(0, minted.size() - 1));
        }
    }

    private UUID mint() {
        UUID id = Ids.newId();
        minted.add(id);
        return id;
    }

    private String named(String name) {
        return lab.placeholders.lab().get(name);
    }

    private String text() {
        switch (data.consumeInt(0, 15)) {
            case 12:
                return "";
            case 13:
                return " \t ";
            case 14:
                // Longer than any column of the lab's tables holds.
                return "long ".repeat(data.consumeInt(20, 4000));
            case 15:
                return data.consumeString(80);
            default:
                return data.pickValue(TEXTS);
        }
    }

    private String instant() {
        switch (data.consumeInt(0, 19)) {
            case 19:
                return data.pickValue(List.of(
                        Instant.EPOCH.toString(),
                        "0000-01-01T00:00:00Z",
                        "9999-12-31T23:59:59.999999Z",
                        "+10000-01-01T00:00:00Z",
                        Instant.MAX.toString(),
                        Instant.MIN.toString()));
            case 18:
                return text();
            case 16:
            case 17:
                return now.plus(Duration.ofSeconds(data.consumeLong(1, 10_000_000)))
                        .toString();
            case 12:
            case 13:
            case 14:
            case 15:
                return now.minus(Duration.ofMinutes(data.consumeLong(1, 2_000_000)))
                        .toString();
            default:
                return now.toString();
        }
    }

    private double number() {
        switch (data.consumeInt(0, 3)) {
            case 2:
                return data.consumeDouble();
            case 3:
                return data.pickValue(new double[] {0.0, -0.0, 1e308, -1e308, 4.9e-324, 1e-12});
            default:
                return data.consumeRegularDouble(-1000, 1000);
        }
    }

    /** Recipe parameters or a result's payload: a few keys, values of any JSON type, nested. */
    private ObjectNode object(int depth) {
        ObjectNode object = NODES.objectNode();
        int keys = data.consumeInt(0, 3);
        for (int i = 0; i < keys; i++) {
            String key = data.consumeBoolean() ? data.pickValue(List.of("start_v", "stop_v", "steps")) : text();
            switch (data.consumeInt(0, 4)) {
                case 0:
                    object.put(key, number());
                    break;
                case 1:
                    object.put(key, text());
                    break;
                case 2:
                    object.put(key, data.consumeBoolean());
                    break;
                case 3:
                    object.putNull(key);
                    break;
                default:
                    object.set(key, depth > 0 ? object(depth - 1) : NODES.arrayNode());
                    break;
            }
        }
        return object;
    }

    /** A value mostly of another JSON type than the argument's: the whole push is then malformed. */
    private JsonNode wrongType() {
        switch (data.consumeInt(0, 3)) {
            case 0:
                return NODES.numberNode(data.consumeInt());
            case 1:
                return NODES.arrayNode().add(text());
            case 2:
                return NODES.objectNode().put("value", text());
            default:
                return NODES.booleanNode(data.consumeBoolean());
        }
    }

    private static JsonNode nullable(UUID id) {
        return id == null ? NODES.nullNode() : NODES.textNode(id.toString());
    }

    private static byte[] write(ObjectMapper mapper, JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
