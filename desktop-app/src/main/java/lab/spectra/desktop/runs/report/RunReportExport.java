package lab.spectra.desktop.runs.report;

import java.nio.file.Path;
import java.util.UUID;

/** Writes a run's printed report; blocking, so it runs off the JavaFX thread. */
@FunctionalInterface
public interface RunReportExport {

    /**
     * Writes the run's report to {@code target}, replacing a file of that name.
     *
     * @param logarithmicIv draw an IV sweep's |current| on a logarithmic axis, as the chart on
     *     screen does when its "Log |y|" box is ticked
     * @return the file written
     */
    Path export(UUID runId, boolean logarithmicIv, Path target);
}
