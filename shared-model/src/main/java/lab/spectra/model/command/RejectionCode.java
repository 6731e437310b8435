package lab.spectra.model.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Stable, machine-readable reasons. The wire form ({@code calibration_expired}) never changes
 * once released; the {@link Kind} tells a transport how to report it (the server maps it to an
 * HTTP status) without this module knowing anything of HTTP.
 */
public enum RejectionCode {
    NOT_PERMITTED(Kind.PERMISSION),
    ACCOUNT_DISABLED(Kind.PERMISSION),
    AUTHOR_MISMATCH(Kind.PERMISSION),
    NOT_RUN_OPERATOR(Kind.PERMISSION),
    NOT_ENTRY_AUTHOR(Kind.PERMISSION),
    /** The author of a version decides on it: approves it, or signs it as reviewer or approver. */
    SELF_APPROVAL(Kind.RULE),
    /** Someone who edited a version decides on it; a second person has to (four-eyes rule). */
    EDITOR_APPROVAL(Kind.RULE),
    /** The author has a registered device key, so their commands must carry its signature. */
    SIGNATURE_REQUIRED(Kind.PERMISSION),
    /** The signature is not the named device key's signature of this command. */
    BAD_SIGNATURE(Kind.PERMISSION),
    /** The device key is not one the author registered for this workstation. */
    UNKNOWN_DEVICE_KEY(Kind.PERMISSION),
    /** The device key was revoked before the command's time receipt. */
    DEVICE_KEY_REVOKED(Kind.PERMISSION),
    /** The workstation the command was made on was revoked by an admin (a lost or stolen bench). */
    WORKSTATION_REVOKED(Kind.PERMISSION),

    NOT_FOUND(Kind.NOT_FOUND),

    INVALID_INPUT(Kind.VALIDATION),
    CLOCK_AHEAD(Kind.VALIDATION),
    /** Dated before a time the bench had provably already seen. */
    IMPOSSIBLE_TIME(Kind.VALIDATION),
    /** The time receipt was not issued by this server for this workstation. */
    INVALID_RECEIPT(Kind.VALIDATION),

    ALREADY_EXISTS(Kind.RULE),
    DUPLICATE_BARCODE(Kind.RULE),
    DUPLICATE_NAME(Kind.RULE),
    CALIBRATION_EXPIRED(Kind.RULE),
    CALIBRATION_REVOKED(Kind.RULE),
    CALIBRATION_MISSING(Kind.RULE),
    /** The operator has no qualification for the recipe or the instrument's kind (ADR 0015). */
    NOT_QUALIFIED(Kind.RULE),
    QUALIFICATION_EXPIRED(Kind.RULE),
    QUALIFICATION_REVOKED(Kind.RULE),
    INSTRUMENT_UNAVAILABLE(Kind.RULE),
    /** Maintained, moved or used its run limit since its last requalification (ADR 0022). */
    REQUALIFICATION_NEEDED(Kind.RULE),
    INSTRUMENT_KIND_MISMATCH(Kind.RULE),
    /** A critical SPC series of the instrument has an open alert for the recipe lineage (ADR 0026). */
    SPC_HOLD(Kind.RULE),
    /** The baseline cannot give control limits: too few points, or no spread (ADR 0026). */
    BASELINE_NOT_USABLE(Kind.RULE),
    RECIPE_NOT_APPROVED(Kind.RULE),
    ILLEGAL_TRANSITION(Kind.RULE),
    RUN_NOT_RUNNING(Kind.RULE),
    FINISH_BEFORE_START(Kind.RULE),
    /** Only a finished run is reviewed: a running one may still change, an aborted one has no result to vouch for. */
    RUN_NOT_FINISHED(Kind.RULE),
    CUSTODY_CHAIN_BROKEN(Kind.RULE),
    CUSTODY_OUT_OF_ORDER(Kind.RULE),
    SIGNED_CONTENT_CHANGED(Kind.RULE),
    ALREADY_SIGNED(Kind.RULE),
    CONFLICT(Kind.RULE),
    /** The command does not continue its author's chain on this workstation: planted or reordered. */
    CHAIN_BROKEN(Kind.RULE),
    /**
     * No longer given (ADR 0018 superseded it: signatures now travel in sync batches with a device
     * signature); kept because a released wire name never changes and old answers are stored.
     */
    SIGN_ONLINE_ONLY(Kind.RULE),
    /** A notebook signature's device signature is missing, malformed, or not the signer's key's on that bench. */
    SIGNATURE_INVALID(Kind.PERMISSION),
    /** A notebook signature was made with a device key that has been revoked or retired. */
    SIGNING_KEY_REVOKED(Kind.PERMISSION);

    /** How a refusal is reported: not allowed, not found, bad input, or against a rule. */
    public enum Kind {
        PERMISSION,
        NOT_FOUND,
        VALIDATION,
        RULE
    }

    private final Kind kind;

    RejectionCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RejectionCode fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(code -> code.wireName().equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown rejection code: " + wireName));
    }
}
