package lab.spectra.server.lims;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.eln.Countersignatures;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.DeviceSignedCommand;
import lab.spectra.model.eln.Signature;
import lab.spectra.server.command.Endorsement;
import lab.spectra.server.signing.RecordSigningKeys;
import lab.spectra.server.trust.DeviceKeyStore;

/**
 * The server's part of an electronic signature made by a {@link DeviceSignedCommand} (ADR 0018): a
 * notebook signature or a run review. After the shared rules accepted it (right person, four eyes,
 * the content hash matches the server's own copy of the entry or run):
 *
 * <ul>
 *   <li>a signature pushed by a bench must carry its signer's device signature, made with a key
 *       the signer registered for the bench the command was made on, not revoked or retired, and
 *       verifying over exactly the command's {@link DeviceSignedCommand#payload()};
 *   <li>a signature given online was vouched for by the password check of the signing endpoint; a
 *       device signature sent along is checked all the same;
 *   <li>either way the server countersigns it with its record-signing key and its receive time.
 * </ul>
 *
 * Anything else passes unchanged.
 */
public final class ElnCountersigner implements Endorsement {

    private final RecordSigningKeys recordKeys;

    public ElnCountersigner(RecordSigningKeys recordKeys) {
        this.recordKeys = Objects.requireNonNull(recordKeys, "recordKeys");
    }

    @Override
    public boolean reads(Command command) {
        return command instanceof DeviceSignedCommand;
    }

    @Override
    public Outcome endorse(
            Connection connection,
            Command command,
            Actor author,
            List<RowChange> changes,
            Instant receivedAt,
            boolean synced)
            throws SQLException {
        if (!(command instanceof DeviceSignedCommand sign)) {
            return new Applied(changes);
        }
        if (sign.deviceSignature() == null) {
            if (synced) {
                return new Rejected(
                        RejectionCode.SIGNATURE_INVALID,
                        "A signature made on a workstation must carry the signer's device signature; this one"
                                + " has none and was not accepted");
            }
        } else {
            Optional<Rejected> refused = checkDeviceSignature(connection, sign, author);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        Instant at = receivedAt.truncatedTo(ChronoUnit.MICROS);
        String countersignature =
                Countersignatures.sign(recordKeys.signingKey(), sign.payload(), sign.deviceSignature(), at);
        List<RowChange> countersigned = new ArrayList<>(changes.size());
        for (RowChange change : changes) {
            countersigned.add(
                    change instanceof RowChange.Inserted inserted && inserted.row() instanceof Signature signature
                            ? new RowChange.Inserted(signature.countersigned(countersignature, at))
                            : change);
        }
        return new Applied(countersigned);
    }

    private static Optional<Rejected> checkDeviceSignature(
            Connection connection, DeviceSignedCommand sign, Actor author) throws SQLException {
        Optional<String> keyId = DeviceSignatures.keyIdOf(sign.deviceSignature());
        Optional<DeviceKeyStore.DeviceKey> key = keyId.isEmpty()
                ? Optional.empty()
                : DeviceKeyStore.find(connection, author.organizationId(), keyId.get());
        if (key.isEmpty()
                || !key.get().userId().equals(author.userId())
                || !key.get().workstationId().equals(sign.meta().workstationId())) {
            return Optional.of(new Rejected(
                    RejectionCode.SIGNATURE_INVALID,
                    "The signature is not made with a key " + author.displayName()
                            + " registered for the workstation it was made on; nothing was signed"));
        }
        if (!key.get().current()) {
            return Optional.of(new Rejected(
                    RejectionCode.SIGNING_KEY_REVOKED,
                    "The signature was made with a workstation key that was "
                            + key.get().retiredReason()
                            + "; nothing was signed. Sign in online and sign again"));
        }
        if (!DeviceSignatures.verifies(
                sign.deviceSignature(), sign.payload(), key.get().publicKey())) {
            return Optional.of(new Rejected(
                    RejectionCode.SIGNATURE_INVALID,
                    "The device signature does not match what the command says was signed (record, content"
                            + " hash, meaning or decision, signer or time); nothing was signed"));
        }
        return Optional.empty();
    }
}
