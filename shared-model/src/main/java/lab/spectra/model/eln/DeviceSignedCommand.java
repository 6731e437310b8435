package lab.spectra.model.eln;

import java.util.UUID;
import lab.spectra.model.command.Command;

/**
 * A command that writes an electronic signature and carries the signer's device-key signature of
 * it when made on a bench (ADR 0018): a notebook signature ({@link SignElnEntry}) or a run review.
 * The bench signs {@link #payload()} after the command is dated; the server checks that signature
 * against the signer's registered key and countersigns it, the same way for every such command.
 */
public interface DeviceSignedCommand extends Command {

    /** The id of the signature row the command writes. */
    UUID signatureId();

    /** The hash of the content signed, as shown to the signer. */
    String contentSha256();

    /** What the device key signs for this command. */
    SignaturePayload payload();

    /** The signer's device-key JWS over {@link #payload()}; null when signed online on the server. */
    String deviceSignature();

    /** The same command carrying the device key's signature of its payload. */
    DeviceSignedCommand withDeviceSignature(String jws);
}
