package lab.spectra.desktop.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.desktop.store.Page;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.command.Row;
import lab.spectra.model.id.Ids;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.SampleStatus;
import lab.spectra.model.testing.Lab;

/**
 * Measures the bench's list reads on a large local copy (an encrypted H2 file, as on a bench):
 * a window of the samples and runs lists at the start and deep in the list, a filtered window,
 * a scanned barcode, and for comparison reading the whole samples list as the screens did before
 * they were paged. Not a test: it prints a table and exits. Run after
 * {@code mvn -B -ntp -q test-compile -pl desktop-app -am} with the test class path, e.g.
 * {@code -Dbench.rows=100000} (the default).
 */
public final class LocalListBenchmark {

    private static final int SEED_BATCH = 5_000;
    private static final int REPEATS = 20;

    private LocalListBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Lab lab = new Lab();
        try (LocalCopy copy = LocalCopy.of(lab)) {
            long seeding = System.nanoTime();
            List<Sample> samples = seed(copy, lab, rows);
            System.out.printf(
                    Locale.ROOT,
                    "Seeded %,d samples and %,d runs in %.1f s%n",
                    rows,
                    rows,
                    (System.nanoTime() - seeding) / 1e9);
            SampleQueries sampleQueries = new SampleQueries(copy);
            RunQueries runQueries = new RunQueries(copy);
            Page<RunRow> firstRuns = runQueries.page(null, 100);
            RunRow deepRun = walk(runQueries, rows / 2);

            System.out.println("| read | rows returned | median ms | worst ms |");
            System.out.println("|---|---|---|---|");
            // Each repetition asks something slightly different: H2 answers a repeated identical
            // query on unchanged data from its result cache, which would flatter every figure.
            measure("samples: first window", i -> () -> sampleQueries.page("", null, 100 + i));
            measure(
                    "samples: window after the 50,000th",
                    i -> () -> sampleQueries.page("", samples.get(rows / 2 + i), 100));
            measure(
                    "samples: filter matching 1 in 10 (first window)",
                    i -> () -> sampleQueries.page(i % 10 + "-", null, 100));
            measure(
                    "samples: filter matching one sample",
                    i -> () -> sampleQueries.page(samples.get(i * 97).barcode(), null, 100));
            measure(
                    "samples: barcode scan",
                    i -> () -> sampleQueries.byBarcode(samples.get(i * 89).barcode()));
            measure("runs: first window (names joined)", i -> () -> runQueries.page(null, 100 + i));
            measure("runs: window after the 50,000th", i -> () -> runQueries.page(deepRun, 100 + i));
            measure(
                    "whole samples list (as before paging)",
                    i -> () -> copy.read(rows1 -> rows1.rows(
                            Table.SAMPLES,
                            "SELECT " + LocalRows.columns(Table.SAMPLES, "s")
                                    + " FROM samples s WHERE s.organization_id = ? AND s.deleted_at IS NULL"
                                    + " AND s.name <> ? ORDER BY s.name",
                            rows1.organizationId(),
                            "none " + i)));
            if (firstRuns.rows().isEmpty()) {
                throw new IllegalStateException("No runs were read");
            }
        }
    }

    private static RunRow walk(RunQueries queries, int depth) {
        RunRow last = null;
        for (int read = 0; read < depth; read += 1_000) {
            last = queries.page(last, 1_000).last();
        }
        return last;
    }

    private static List<Sample> seed(LocalCopy copy, Lab lab, int count) {
        List<Sample> samples = new ArrayList<>(count);
        List<Row> batch = new ArrayList<>();
        Instant started = Lab.NOW.minus(Duration.ofDays(400));
        for (int i = 0; i < count; i++) {
            Sample sample = new Sample(
                    Ids.newId(),
                    lab.organizationId,
                    String.format(Locale.ROOT, "Sample %06d", (i * 7919L) % count),
                    String.format(Locale.ROOT, "B%d-%06d", i % 10, i),
                    null,
                    "Cabinet " + (i % 40),
                    SampleStatus.AVAILABLE,
                    null,
                    null,
                    lab.engineer.userId(),
                    Lab.NOW,
                    Lab.NOW,
                    null,
                    1,
                    null,
                    null);
            samples.add(sample);
            batch.add(sample);
            batch.add(new Run(
                    Ids.newId(),
                    lab.organizationId,
                    lab.approvedIvSweep.id(),
                    1,
                    lab.smu.id(),
                    lab.smuCalibration.id(),
                    sample.id(),
                    null,
                    lab.technician.userId(),
                    RunStatus.FINISHED,
                    i % 100 == 0 ? null : started.plusSeconds(i * 60L),
                    null,
                    null,
                    null,
                    null,
                    Lab.NOW,
                    Lab.NOW,
                    1));
            if (batch.size() >= SEED_BATCH) {
                flush(copy, batch);
            }
        }
        flush(copy, batch);
        samples.sort(
                (a, b) -> a.name().compareTo(b.name()) != 0 ? a.name().compareTo(b.name()) : a.id().compareTo(b.id()));
        return samples;
    }

    private static void flush(LocalCopy copy, List<Row> batch) {
        copy.replace(batch.stream().filter(row -> row instanceof Sample).toArray(Row[]::new));
        copy.replace(batch.stream().filter(row -> row instanceof Run).toArray(Row[]::new));
        batch.clear();
    }

    private static void measure(String what, IntFunction<Callable<?>> read) throws Exception {
        read.apply(REPEATS).call(); // warm up
        long[] millis = new long[REPEATS];
        Object result = null;
        for (int i = 0; i < REPEATS; i++) {
            Callable<?> repetition = read.apply(i);
            long start = System.nanoTime();
            result = repetition.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT, "| %s | %d | %d | %d |%n", what, size(result), millis[REPEATS / 2], millis[REPEATS - 1]);
    }

    private static int size(Object result) {
        if (result instanceof Page<?> page) {
            return page.rows().size();
        }
        if (result instanceof List<?> list) {
            return list.size();
        }
        return result instanceof Optional<?> optional && optional.isPresent() ? 1 : 0;
    }
}
