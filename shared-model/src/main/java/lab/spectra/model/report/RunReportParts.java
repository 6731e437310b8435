package lab.spectra.model.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.rundata.ImportOutcome;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.derived.StandardDerivations;
import lab.spectra.model.rundata.importers.FormatDetector;
import lab.spectra.model.rundata.importers.ImportFormat;
import lab.spectra.model.rundata.importers.Importers;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;

/**
 * The parts of a {@link PrintableRun} made from the domain's records, the same way on the bench
 * and on the server (each reads the records its own way): the context in the names people know,
 * each result with its method, and the chart from the first attached file that reads as curves or
 * an image.
 */
public final class RunReportParts {

    /** What a result without a named algorithm is: a number a person typed in. */
    public static final String MANUAL = "manual";

    private RunReportParts() {}

    /**
     * The run's context; a record the reading side does not hold (a sample deleted since) is named
     * by its id.
     */
    public static PrintableRun.Context context(
            Run run,
            Optional<Recipe> recipe,
            Optional<Sample> sample,
            Optional<Device> device,
            Optional<Instrument> instrument,
            Optional<Calibration> calibration,
            String operatorName) {
        return new PrintableRun.Context(
                recipe.map(Recipe::name).orElse(run.recipeId().toString()),
                run.recipeVersion(),
                run.status().name().toLowerCase(Locale.ROOT),
                sample.map(found -> found.name() + " (" + found.barcode() + ")")
                        .orElse(run.sampleId().toString()),
                run.deviceId() == null
                        ? null
                        : device.map(Device::name).orElse(run.deviceId().toString()),
                instrument
                        .map(found -> found.name()
                                + (found.serialNumber() == null
                                                || found.serialNumber().isBlank()
                                        ? ""
                                        : ", serial " + found.serialNumber()))
                        .orElse(run.instrumentId().toString()),
                calibration
                        .map(found -> new PrintableRun.PrintableCalibration(
                                found.certificateNumber(),
                                found.issuedAt(),
                                found.expiresAt(),
                                found.performedBy(),
                                found.revokedAt()))
                        .orElse(null),
                operatorName,
                run.startedAt(),
                run.finishedAt());
    }

    public static PrintableRun.PrintableResult result(Result result) {
        return new PrintableRun.PrintableResult(
                result.quantity(), result.value(), result.unit(), methodOf(result.payload()), result.recordedAt());
    }

    /**
     * A run's signatures as printed: each review signature with the decision its review row holds
     * (the signature's meaning is "reviewed" for an accepted and a rejected run alike, ADR 0021).
     */
    public static List<PrintableSignature> signatures(
            List<Signature> signatures, List<RunReview> reviews, Function<UUID, String> nameOf) {
        Map<UUID, RunReview> bySignature = new HashMap<>();
        reviews.forEach(review -> bySignature.put(review.signatureId(), review));
        return signatures.stream()
                .sorted(Comparator.comparing(Signature::signedAt))
                .map(signature -> {
                    PrintableSignature printed = PrintableSignature.of(signature, nameOf);
                    RunReview review = bySignature.get(signature.id());
                    return review == null ? printed : printed.withDecision(decisionOf(review));
                })
                .toList();
    }

    static String decisionOf(RunReview review) {
        boolean rejected = review.decision() == ReviewDecision.REJECTED;
        String comment = review.reviewComment() == null
                        || review.reviewComment().isBlank()
                ? ""
                : (rejected ? ": " : " \u2014 ") + review.reviewComment().strip();
        return (rejected ? "Rejected" : "Accepted") + comment;
    }

    /**
     * How a result was obtained: the algorithm and its version a derived result names in its
     * payload, else {@link #MANUAL} (a result without a named algorithm was typed in, whether or not
     * its payload says so).
     */
    public static String methodOf(ObjectNode payload) {
        if (payload == null) {
            return MANUAL;
        }
        JsonNode algorithm = payload.get("algorithm");
        if (algorithm == null || !algorithm.isTextual()) {
            return MANUAL;
        }
        JsonNode version = payload.get("algorithm_version");
        String method =
                algorithm.asText() + (version != null && version.canConvertToInt() ? " v" + version.asInt() : "");
        return method + chosenWindow(payload.path("inputs"));
    }

    /** A window a person chose is part of the method: {@code , 0.2 to 0.8 V}; a default window is not named. */
    private static String chosenWindow(JsonNode inputs) {
        if (!StandardDerivations.CHOSEN.equals(
                inputs.path(StandardDerivations.WINDOW_INPUT).asText())) {
            return "";
        }
        if (inputs.has("window_from_v")) {
            return ", " + number(inputs.get("window_from_v")) + " to " + number(inputs.get("window_to_v")) + " V";
        }
        if (inputs.has("window_from")) {
            return ", " + number(inputs.get("window_from")) + " to " + number(inputs.get("window_to")) + " "
                    + inputs.path("x_unit").asText();
        }
        return ", chosen window";
    }

    private static String number(JsonNode value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6g", value.asDouble()))
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * The chart of the first file, in the run's order, that reads as curves or an image.
     *
     * @param bytesOf            a file's bytes by content hash, empty when this side does not hold them
     * @param logarithmicIv      draw an IV sweep's |current| on a logarithmic axis
     * @param whyBytesNotHere    what the report says when no file could be read because the bytes
     *     are missing here (offline on the bench, not yet uploaded on the server)
     */
    public static PrintableChart chart(
            List<PrintableRun.PrintableFile> files,
            Function<String, Optional<byte[]>> bytesOf,
            boolean logarithmicIv,
            String whyBytesNotHere) {
        boolean missing = false;
        for (PrintableRun.PrintableFile file : files) {
            Optional<byte[]> content = bytesOf.apply(file.contentSha256());
            if (content.isEmpty()) {
                missing = true;
                continue;
            }
            Optional<FormatDetector.Detection> detected = FormatDetector.detect(file.fileName(), content.get());
            if (detected.isEmpty()) {
                continue;
            }
            ImportFormat format = detected.get().format();
            if (!(Importers.standard(format).parse(content.get()) instanceof ImportOutcome.Imported imported)) {
                continue;
            }
            ImportedData data = imported.data();
            if (data instanceof ImportedData.Curves curves) {
                return new PrintableChart.Curves(
                        file.fileName(), curves, logarithmicIv && format == ImportFormat.KEITHLEY_SWEEP_CSV);
            }
            if (data instanceof ImportedData.SemImage image) {
                return new PrintableChart.Picture(file.fileName(), content.get(), image.fieldWidthMetres());
            }
        }
        if (missing) {
            return new PrintableChart.NotShown(whyBytesNotHere);
        }
        return new PrintableChart.NotShown(
                files.isEmpty()
                        ? "No raw file is attached to this run, so there is no chart."
                        : "None of the run's files holds curves or an image to chart.");
    }
}
