package lab.spectra.desktop.spc;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A chart's data as CSV, UTF-8 with a header: one row per point in range, in chart order, with its
 * run time and receive time (ISO 8601, UTC), value and unit, run, sample and operator, the mean of
 * its subgroup on an X-bar chart, and the rules its plotted value breaks in words.
 */
public final class ChartCsv {

    static final List<String> HEADER = List.of(
            "run_time",
            "receive_time",
            "value",
            "unit",
            "run_id",
            "run",
            "sample",
            "operator",
            "subgroup_mean",
            "violations");

    private ChartCsv() {}

    /** Writes the file and answers how many points it holds. */
    public static int write(SpcChartData data, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return write(data, out);
        }
    }

    static int write(SpcChartData data, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write("\r\n");
        boolean subgroups = data.series().subgroupSize() > 1;
        int rows = 0;
        for (ChartPoint plotted : data.points()) {
            String violations =
                    String.join("; ", plotted.brokenRules(data.series().ruleNumbering()));
            for (PointRow row : plotted.rows()) {
                List<String> cells = List.of(
                        time(row.point().measuredAt()),
                        time(row.point().createdAt()),
                        number(row.point().value()),
                        data.unit(),
                        row.point().runId() == null ? "" : row.point().runId().toString(),
                        row.recipeName() + (row.recipeVersion() > 0 ? " v" + row.recipeVersion() : ""),
                        row.sampleName(),
                        row.operatorName(),
                        subgroups ? number(plotted.value()) : "",
                        violations);
                out.write(String.join(",", cells.stream().map(ChartCsv::cell).toList()));
                out.write("\r\n");
                rows++;
            }
        }
        return rows;
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String number(double value) {
        return Double.toString(value);
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
