package lab.spectra.desktop.runs.review;

import java.util.Optional;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.run.Run;

/**
 * What a reviewer sees of a run besides its data: its sample, device, recipe and version,
 * instrument and the calibration certificate in force when it started, its operator, and the hash
 * of the run as shown ({@link lab.spectra.model.runreview.RunContent}), which the review signs.
 *
 * @param device      the device's name, or empty for a run on the whole sample
 * @param calibration the certificate the run started under (the run keeps its id); empty when the
 *                    bench does not hold it
 */
public record RunContext(
        Run run,
        String sample,
        Optional<String> device,
        String recipe,
        String instrument,
        Optional<Calibration> calibration,
        String operator,
        String contentSha256) {}
