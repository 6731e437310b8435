package lab.spectra.model.eln;

import static lab.spectra.model.command.Checks.required;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/**
 * Signs a notebook entry electronically (spec §6, 21 CFR Part 11 practice). The signature
 * records the signer's printed name (their display name as the deciding side knows it), the time
 * of signing (the author's trusted clock, {@code authored_at}), the meaning, and the SHA-256 of
 * exactly what was signed ({@link SignedContent}).
 *
 * <p>The signer sends the hash of the entry as it was shown to them. If the stored entry has
 * changed since (someone edited it meanwhile), the hashes differ and the signature is refused:
 * a person signs what is there now, never a version they did not see.
 *
 * <p>Technicians and above may sign as author or reviewer; signing as approver needs
 * {@link Action#SIGN_AS_APPROVER} (PI or admin). Nobody signs the same entry twice with the same
 * meaning while their earlier signature is valid. A reviewer or approver is someone else than the
 * entry's author and anyone who edited it (four-eyes rule, ADR 0010); the content hash is what
 * binds the signature to the version the signer read.
 *
 * <p>Re-entering the password is part of signing, but it is not a rule of this command: the
 * server's signing endpoint verifies the password before it builds and runs the command, and on a
 * bench the signer's device key is re-derived from the password typed into the dialog and signs the
 * {@link SigningPayload} ({@code deviceSignature}); a password never travels inside a synced
 * command (ADR 0018). Only the server can check that signature against the registered key and
 * countersign it, so that step is the server's, after these rules.
 *
 * @param deviceSignature the signer's device-key JWS over {@link #payload}; required from a bench,
 *                        absent when signed online
 */
public record SignElnEntry(
        CommandMeta meta,
        UUID signatureId,
        UUID entryId,
        SignatureMeaning meaning,
        String contentSha256,
        String deviceSignature)
        implements DeviceSignedCommand {

    /** The column's size; a real ES256 signature of a {@link SigningPayload} is under 1,000 characters. */
    static final int MAX_DEVICE_SIGNATURE = 4000;

    public SignElnEntry {
        CommandMeta.require(meta);
    }

    /** A signature given online, vouched for by the server's password check alone. */
    public SignElnEntry(
            CommandMeta meta, UUID signatureId, UUID entryId, SignatureMeaning meaning, String contentSha256) {
        this(meta, signatureId, entryId, meaning, contentSha256, null);
    }

    /** What the signer's device key signs for this command. */
    @Override
    public SigningPayload payload() {
        return new SigningPayload(signatureId, entryId, contentSha256, meaning, meta.authorId(), meta.authoredAt());
    }

    @Override
    public SignElnEntry withDeviceSignature(String jws) {
        return new SignElnEntry(meta, signatureId, entryId, meaning, contentSha256, jws);
    }

    @Override
    public Action requiredAction() {
        return Action.SIGN_RECORDS;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Signature id", signatureId),
                () -> required("Entry id", entryId),
                () -> required("The meaning of the signature", meaning),
                () -> required("The hash of the signed content", contentSha256),
                () -> Checks.sha256Hex("The hash of the signed content", contentSha256),
                () -> Checks.failIf(
                        meaning == SignatureMeaning.APPROVED && !actor.may(Action.SIGN_AS_APPROVER),
                        RejectionCode.NOT_PERMITTED,
                        "Your role (" + actor.role().displayName() + ") may not " + Action.SIGN_AS_APPROVER.phrase()),
                () -> Checks.failIf(
                        deviceSignature != null && deviceSignature.length() > MAX_DEVICE_SIGNATURE,
                        RejectionCode.SIGNATURE_INVALID,
                        "The device signature is longer than any signature this product makes"),
                () -> state.signature(signatureId).map(existing -> Checks.alreadyExists("A signature")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<ElnEntry> found = state.elnEntry(entryId).filter(entry -> entry.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The notebook entry");
        }
        ElnEntry entry = found.get();
        Optional<Rejected> ownWork = meaning == SignatureMeaning.AUTHORED
                ? Checks.pass()
                : FourEyes.check(
                        actor.userId(),
                        entry.authorId(),
                        entry.editorIds(),
                        "entry " + entry.title(),
                        (meaning == SignatureMeaning.APPROVED ? "another PI or admin" : "someone else")
                                + " has to sign it " + as(meaning));
        if (ownWork.isPresent()) {
            return ownWork.get();
        }
        if (!SignedContent.sha256(entry).equals(normalizedHash())) {
            return new Rejected(
                    RejectionCode.SIGNED_CONTENT_CHANGED,
                    "Entry " + entry.title()
                            + " was changed after you opened it; read the current version and sign again");
        }
        boolean alreadySigned = state.signaturesOf(ElnEntry.RECORD_TABLE, entryId).stream()
                .anyMatch(signature -> signature.valid()
                        && signature.signerId().equals(actor.userId())
                        && signature.meaning() == meaning);
        return Checks.decide(Checks.failIf(
                alreadySigned,
                RejectionCode.ALREADY_SIGNED,
                "You have already signed entry " + entry.title() + " " + as(meaning)));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Signature signature = new Signature(
                signatureId,
                state.organizationId(),
                ElnEntry.RECORD_TABLE,
                entryId,
                actor.userId(),
                actor.displayName(),
                meaning,
                normalizedHash(),
                meta.authoredAt(),
                null,
                null,
                now,
                1,
                null,
                deviceSignature,
                null,
                null,
                state.elnEntry(entryId).orElseThrow().rowVersion());
        return List.of(new RowChange.Inserted(signature));
    }

    private String normalizedHash() {
        return contentSha256.toLowerCase(Locale.ROOT);
    }

    private static String as(SignatureMeaning meaning) {
        return switch (meaning) {
            case AUTHORED -> "as author";
            case REVIEWED -> "as reviewer";
            case APPROVED -> "as approver";
            case WITNESSED -> "as witness";
        };
    }
}
