package lab.spectra.server.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.id.Ids;

/**
 * Names in fuzz inputs for what only exists once the lab is made: {@code $sample} for its
 * sample's id, {@code $engineer} for the engineer's, {@code $now} for the time of sending, and
 * {@code $new1} … {@code $new9} for ids minted afresh for each input (the same name twice in one
 * input is the same id). The lab's ids are random per run, so a seed that wrote them out would
 * name nothing in the next run.
 */
final class Placeholders {

    static final int FRESH_IDS = 9;

    private final Map<String, String> lab;

    Placeholders(Map<String, String> lab) {
        this.lab = Map.copyOf(lab);
    }

    /** The lab's records and people by name, e.g. {@code $sample}. */
    Map<String, String> lab() {
        return lab;
    }

    /** An input with its placeholders replaced, and the ids minted for its {@code $new} names. */
    record Bound(byte[] bytes, Set<UUID> mintedIds) {}

    /**
     * The input with every placeholder replaced, byte for byte: whatever else the input holds,
     * bytes that are not UTF-8 included, reaches the server untouched.
     */
    Bound bind(byte[] input) {
        Map<String, String> values = new LinkedHashMap<>(lab);
        values.put("$now", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
        Set<UUID> minted = new LinkedHashSet<>();
        for (int i = 1; i <= FRESH_IDS; i++) {
            UUID id = Ids.newId();
            minted.add(id);
            values.put("$new" + i, id.toString());
        }
        List<Map.Entry<byte[], byte[]>> replacements = longestFirst(values);
        ByteArrayOutputStream bound = new ByteArrayOutputStream(input.length + 64);
        int at = 0;
        while (at < input.length) {
            Map.Entry<byte[], byte[]> named = input[at] == '$' ? nameAt(input, at, replacements) : null;
            if (named == null) {
                bound.write(input[at]);
                at++;
            } else {
                bound.writeBytes(named.getValue());
                at += named.getKey().length;
            }
        }
        return new Bound(bound.toByteArray(), Set.copyOf(minted));
    }

    /** Longest names first, so that no name is taken for the start of a longer one. */
    private static List<Map.Entry<byte[], byte[]>> longestFirst(Map<String, String> values) {
        List<Map.Entry<byte[], byte[]>> replacements = new ArrayList<>();
        values.forEach((name, value) -> replacements.add(
                Map.entry(name.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8))));
        replacements.sort(Comparator.comparingInt((Map.Entry<byte[], byte[]> e) -> e.getKey().length)
                .reversed());
        return replacements;
    }

    /** The placeholder written at {@code at}, with its value, or null when none is. */
    private static Map.Entry<byte[], byte[]> nameAt(
            byte[] input, int at, List<Map.Entry<byte[], byte[]>> replacements) {
        for (Map.Entry<byte[], byte[]> replacement : replacements) {
            if (startsWith(input, at, replacement.getKey())) {
                return replacement;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] input, int at, byte[] name) {
        if (input.length - at < name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (input[at + i] != name[i]) {
                return false;
            }
        }
        return true;
    }
}
