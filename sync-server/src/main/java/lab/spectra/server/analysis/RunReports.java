package lab.spectra.server.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.attachment.AttachFile;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.report.PrintableChart;
import lab.spectra.model.report.PrintableRun;
import lab.spectra.model.report.PrintableSignature;
import lab.spectra.model.report.RunReportParts;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.server.db.TenantReads;
import lab.spectra.server.files.FileUploads;

/**
 * A run as its printed report on the server: the run, its context, results, files and signatures
 * read in one transaction of the viewer's organization (another lab's run is simply not found),
 * and the chart drawn from the first attached file in the server's file store that reads as
 * curves or an image.
 */
public final class RunReports {

    /**
     * Files larger than this are not read into memory to draw a chart; their hashes are still
     * printed. Instrument exports are far smaller; a huge one is most likely not a curve at all.
     */
    static final long CHART_FILE_LIMIT_BYTES = 64L * 1024 * 1024;

    static final String BYTES_NOT_ON_SERVER = "The run's raw files have not reached the server yet, so there is no"
            + " chart; it appears once the bench that recorded them has synced.";

    private final TenantReads reads;
    private final FileUploads files;
    private final Clock clock;

    public RunReports(TenantReads reads, FileUploads files, Clock clock) {
        this.reads = reads;
        this.files = files;
        this.clock = clock;
    }

    /**
     * The run as the viewer may print it, every time shown in {@code zone}; empty when the run does
     * not exist in the viewer's organization.
     *
     * @param logarithmicIv draw an IV sweep's |current| on a logarithmic axis
     */
    public Optional<PrintableRun> printable(UserAccount viewer, UUID runId, ZoneId zone, boolean logarithmicIv) {
        String organization =
                reads.organizationOf(viewer).map(Organization::name).orElse("");
        return reads.read(viewer, state -> state.run(runId).map(run -> facts(state, run)))
                .map(facts -> new PrintableRun(
                        organization,
                        runId,
                        facts.context(),
                        chart(viewer.organizationId(), facts.files(), logarithmicIv),
                        facts.results(),
                        facts.files(),
                        facts.signatures(),
                        zone,
                        clock.instant(),
                        viewer.displayName()));
    }

    /** What one transaction reads; the chart's bytes are read afterwards, outside it. */
    private record Facts(
            PrintableRun.Context context,
            List<PrintableRun.PrintableResult> results,
            List<PrintableRun.PrintableFile> files,
            List<PrintableSignature> signatures) {}

    private static Facts facts(JdbcDomainState state, Run run) {
        PrintableRun.Context context = RunReportParts.context(
                run,
                state.recipe(run.recipeId()),
                state.sample(run.sampleId()),
                run.deviceId() == null ? Optional.empty() : state.device(run.deviceId()),
                state.instrument(run.instrumentId()),
                run.calibrationId() == null ? Optional.empty() : state.calibration(run.calibrationId()),
                nameOf(state, run.operatorId()));
        List<Result> results = state.findOrdered(Table.RESULTS, "run_id = ?", "ORDER BY recorded_at, id", run.id());
        List<Attachment> attachments = state.findOrdered(
                Table.ATTACHMENTS,
                "record_table = ? AND record_id = ? AND deleted_at IS NULL",
                "ORDER BY created_at, id",
                AttachFile.RUNS,
                run.id());
        List<Signature> signatures = state.signaturesOf(AttachFile.RUNS, run.id());
        return new Facts(
                context,
                results.stream().map(RunReportParts::result).toList(),
                attachments.stream()
                        .map(file ->
                                new PrintableRun.PrintableFile(file.fileName(), file.sizeBytes(), file.contentSha256()))
                        .toList(),
                RunReportParts.signatures(signatures, state.runReviewsOf(run.id()), id -> nameOf(state, id)));
    }

    private PrintableChart chart(
            UUID organizationId, List<PrintableRun.PrintableFile> attached, boolean logarithmicIv) {
        return RunReportParts.chart(
                attached,
                hash -> files.find(organizationId, hash)
                        .filter(stored -> stored.sizeBytes() <= CHART_FILE_LIMIT_BYTES)
                        .map(stored -> bytesOf(organizationId, stored)),
                logarithmicIv,
                BYTES_NOT_ON_SERVER);
    }

    private byte[] bytesOf(UUID organizationId, FileUploads.StoredFile stored) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) stored.sizeBytes());
        try {
            files.copyTo(organizationId, stored, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String nameOf(JdbcDomainState state, UUID userId) {
        return state.user(userId).map(UserAccount::displayName).orElse(userId.toString());
    }
}
