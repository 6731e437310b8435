package lab.spectra.model.attachment;

import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunRules;

/**
 * Attaches a file to a run: its name, type, size and SHA-256 (ADR 0019). This row is the record
 * that the file belongs to the run; the bytes travel apart, as an upload of that content, and may
 * arrive later than the row (a bench offline keeps them until it is back). Whoever may work on the
 * run may attach its raw data; the run's state does not matter, since a file exported after the
 * run finished is still its data.
 */
public record AttachFile(
        CommandMeta meta,
        UUID attachmentId,
        UUID runId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String contentSha256)
        implements Command {

    /** The table of records files are attached to through this command. */
    public static final String RUNS = "runs";

    public static final int MAX_FILE_NAME = 255;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public AttachFile {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.RECORD_RESULT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Attachment id", attachmentId),
                () -> required("Run", runId),
                () -> requiredText("File name", fileName, MAX_FILE_NAME),
                () -> Checks.failIf(
                        fileName != null && (fileName.contains("/") || fileName.contains("\\")),
                        RejectionCode.INVALID_INPUT,
                        "The file name is a name, without folders"),
                () -> optionalText("Media type", mediaType, 200),
                () -> Checks.failIf(sizeBytes < 0, RejectionCode.INVALID_INPUT, "A file cannot have a negative size"),
                () -> Checks.failIf(
                        contentSha256 == null || !SHA256.matcher(contentSha256).matches(),
                        RejectionCode.INVALID_INPUT,
                        "The file's SHA-256 is 64 lower-case hexadecimal digits"),
                () -> state.attachment(attachmentId).map(existing -> Checks.alreadyExists("An attachment")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Run> run = state.run(runId);
        if (run.isEmpty()) {
            return Checks.notFound("The run");
        }
        return Checks.decide(RunRules.operatedBy(actor, run.get()));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        return List.of(new RowChange.Inserted(new Attachment(
                attachmentId,
                state.organizationId(),
                RUNS,
                runId,
                fileName.strip(),
                Checks.clean(mediaType),
                sizeBytes,
                contentSha256,
                actor.userId(),
                now,
                null,
                1)));
    }
}
