package lab.spectra.desktop.tools;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import lab.spectra.desktop.notebook.IndexedEntry;
import lab.spectra.desktop.notebook.NotebookFilter;
import lab.spectra.desktop.notebook.NotebookHit;
import lab.spectra.desktop.notebook.NotebookIndex;
import lab.spectra.desktop.notebook.SignatureState;

/**
 * Measures the notebook search on this machine: indexes 10,000 entries of lab-like text (about
 * 250 words each), then times searches of one and two words, with and without filters, and
 * prints the latency percentiles. The goal is under 100 ms. Run it with
 * {@code mvn -q -pl desktop-app exec:java -Dexec.mainClass=lab.spectra.desktop.tools.NotebookSearchBenchmark}
 * after a test-compile; the first argument overrides the number of entries.
 */
public final class NotebookSearchBenchmark {

    private static final String[] WORDS = ("wafer anneal furnace nitrogen etch mesa leakage gate drain source"
                    + " contact ohmic schottky ellipsometry thickness refractive index xrd peak rocking curve"
                    + " photoluminescence spectrum laser power sweep voltage current resistance sheet hall mobility"
                    + " carrier density substrate sapphire silicon gan algan buffer layer growth mocvd pressure"
                    + " temperature ramp hold cool clean acetone isopropanol rinse dry bake resist expose develop"
                    + " lift off metal titanium aluminium nickel gold deposit evaporate sputter rate calibration"
                    + " drift noise offset repeat measure result sample lot batch device die probe station chuck")
            .split(" ");

    private NotebookSearchBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(14);
        UUID[] authors = new UUID[12];
        Arrays.setAll(authors, i -> UUID.randomUUID());
        UUID[] samples = new UUID[400];
        Arrays.setAll(samples, i -> UUID.randomUUID());
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        Map<UUID, IndexedEntry> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            IndexedEntry entry = new IndexedEntry(
                    UUID.randomUUID(),
                    sentence(random, 3 + random.nextInt(5)),
                    paragraphs(random),
                    authors[random.nextInt(authors.length)],
                    List.of(samples[random.nextInt(samples.length)]),
                    List.of(),
                    start.plus(random.nextInt(900), ChronoUnit.DAYS),
                    SignatureState.values()[random.nextInt(SignatureState.values().length)],
                    "1");
            entries.put(entry.id(), entry);
        }
        Map<UUID, String> stamps = new HashMap<>();
        entries.values().forEach(entry -> stamps.put(entry.id(), entry.stamp()));

        try (NotebookIndex index = new NotebookIndex(ZoneOffset.UTC)) {
            long buildStart = System.nanoTime();
            index.update(
                    stamps,
                    (Collection<UUID> ids) -> ids.stream().map(entries::get).toList());
            long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
            System.out.printf(Locale.ROOT, "Indexed %,d entries in %,d ms%n", index.size(), buildMillis);

            List<NotebookFilter> queries = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                String words = random.nextBoolean()
                        ? WORDS[random.nextInt(WORDS.length)]
                        : WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
                queries.add(
                        switch (i % 4) {
                            case 0 -> NotebookFilter.words(words);
                            case 1 ->
                                new NotebookFilter(
                                        words, authors[random.nextInt(authors.length)], null, null, null, null, null);
                            case 2 ->
                                new NotebookFilter(
                                        words,
                                        null,
                                        null,
                                        null,
                                        LocalDate.parse("2024-06-01"),
                                        LocalDate.parse("2025-06-01"),
                                        SignatureState.SIGNED);
                            default -> NotebookFilter.NONE;
                        });
            }
            // Warm-up: the first searches pay for class loading and JIT compilation.
            for (int i = 0; i < 100; i++) {
                index.search(queries.get(i));
            }
            long[] micros = new long[queries.size()];
            int found = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                List<NotebookHit> hits = index.search(queries.get(i));
                micros[i] = (System.nanoTime() - t0) / 1_000;
                found += hits.size();
            }
            Arrays.sort(micros);
            System.out.printf(
                    Locale.ROOT,
                    "%d searches (up to %d hits each, fragments marked), %,d hits in all%n",
                    micros.length,
                    NotebookIndex.MAX_HITS,
                    found);
            System.out.printf(
                    Locale.ROOT,
                    "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (%d processors)%n",
                    percentile(micros, 50),
                    percentile(micros, 90),
                    percentile(micros, 99),
                    micros[micros.length - 1] / 1000.0,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static double percentile(long[] sortedMicros, int percent) {
        int at = (int) Math.ceil(percent / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, at)] / 1000.0;
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String paragraphs(Random random) {
        StringBuilder text = new StringBuilder("# ").append(sentence(random, 3)).append("\n\n");
        for (int p = 0; p < 5; p++) {
            text.append(sentence(random, 40 + random.nextInt(20))).append(".\n\n");
        }
        return text.toString();
    }
}
