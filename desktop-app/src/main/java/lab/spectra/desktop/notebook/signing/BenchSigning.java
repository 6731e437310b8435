package lab.spectra.desktop.notebook.signing;

import com.nimbusds.jose.jwk.ECKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.trust.Keyring;
import lab.spectra.desktop.trust.PersonKeys;
import lab.spectra.desktop.trust.SigningLockouts;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;

/**
 * Signing notebook entries on the bench, online or not (ADR 0018). The sign dialog hands over the
 * password the signer just typed; it must unseal their device key in this bench's keyring - the
 * key their session already holds does not count, because §11.200 wants the password again at
 * each signing of a continuous session. The key signs the {@link
 * lab.spectra.model.eln.SigningPayload}, and the command runs the normal way (shared rules as its
 * author, the outbox, the push); the server checks that signature and countersigns it on sync.
 *
 * <p>The bench always signs this way, connected or not: one path to test and to trust, and the
 * push that follows at once when online brings the server's verdict within seconds. Online-only
 * signing through the server's endpoint (which checks the password there) remains for other
 * clients.
 *
 * <p>Wrong passwords are counted per person in the bench's database; the {@value
 * SigningLockouts#ATTEMPTS}th in a row locks signing here for that person until their next
 * online sign-in.
 */
public final class BenchSigning {

    private final Workstation workstation;

    public BenchSigning(Workstation workstation) {
        this.workstation = Objects.requireNonNull(workstation, "workstation");
    }

    /**
     * Signs the entry as {@code signer}, over the content the dialog showed.
     *
     * @param shownContentSha256 the hash shown in the dialog ({@link #contentSha256}); if the entry
     *                           changed since (a pull, say) the signature is refused
     * @param password           cleared before this returns
     */
    public SigningOutcome sign(
            UUID signer, UUID entryId, SignatureMeaning meaning, String shownContentSha256, char[] password) {
        try {
            if (entryId == null || meaning == null || shownContentSha256 == null) {
                return new SigningOutcome.Refused(
                        RejectionCode.INVALID_INPUT.wireName(),
                        "Say which entry you sign, as what, and the hash of the content you were shown");
            }
            SigningLockouts lockouts = new SigningLockouts(workstation.database());
            if (lockouts.standing(signer).locked()) {
                return new SigningOutcome.Locked();
            }
            Optional<Keyring.Person> person = workstation.keyring().people().stream()
                    .filter(entry -> entry.userId().equals(signer))
                    .findFirst();
            if (person.isEmpty()) {
                return new SigningOutcome.Refused(
                        RejectionCode.NOT_PERMITTED.wireName(), "Sign in online on this PC once before signing here");
            }
            Optional<PersonKeys.Unsealed> unsealed =
                    PersonKeys.unseal(person.get(), password, workstation.workstationId());
            if (unsealed.isEmpty()) {
                SigningLockouts.Standing standing =
                        lockouts.wrongPassword(signer, workstation.clock().instant());
                return standing.locked()
                        ? new SigningOutcome.Locked()
                        : new SigningOutcome.WrongPassword(standing.remaining());
            }
            lockouts.clear(signer);
            ECKey deviceKey = unsealed.get().deviceKey();
            UUID signatureId = Ids.newId();
            SignElnEntry unsigned =
                    new SignElnEntry(workstation.newMeta(signer), signatureId, entryId, meaning, shownContentSha256);
            Outcome outcome = workstation.commands().execute(unsigned, dated -> withDeviceSignature(dated, deviceKey));
            if (outcome instanceof Applied) {
                return new SigningOutcome.Signed(signatureId, unsigned.contentSha256());
            }
            if (outcome instanceof Rejected rejected) {
                return new SigningOutcome.Refused(rejected.code().wireName(), rejected.message());
            }
            return new SigningOutcome.Refused(RejectionCode.CONFLICT.wireName(), ((Conflict) outcome).message());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The hash of the entry as this bench has it now: what the dialog shows as being signed. */
    public Optional<String> contentSha256(UUID entryId) {
        return queries().entry(entryId).map(SignedContent::sha256);
    }

    /** Wrong passwords left before signing locks for the person here; 0 when locked. */
    public int remainingAttempts(UUID signer) {
        return new SigningLockouts(workstation.database()).standing(signer).remaining();
    }

    /**
     * How the author is told (ADR 0018): their signatures that someone else voided by editing the
     * entry, newest first, from the synced signature rows (who voided them, when and why).
     */
    public List<Signature> voidedByOthers(UUID author) {
        return queries().voidedByOthers(author);
    }

    /** What the launch notice of voided signatures names, read from the bench's copy. */
    public VoidedSignatureNotices.Names noticeNames() {
        return new VoidedSignatureNotices.Names() {
            @Override
            public String entryTitle(UUID entryId) {
                return queries().entry(entryId).map(ElnEntry::title).orElse("an entry");
            }

            @Override
            public String person(UUID userId) {
                return queries().person(userId).map(UserAccount::displayName).orElse("someone");
            }

            @Override
            public List<Signature> signaturesOf(UUID entryId) {
                return queries().signaturesOf(entryId);
            }
        };
    }

    /** The bench's data opens at the first sign-in, so its reads are reached only when needed. */
    private SigningQueries queries() {
        return new SigningQueries(new BenchReads(workstation.commands()));
    }

    private static Command withDeviceSignature(Command dated, ECKey deviceKey) {
        SignElnEntry sign = (SignElnEntry) dated;
        return new SignElnEntry(
                sign.meta(),
                sign.signatureId(),
                sign.entryId(),
                sign.meaning(),
                sign.contentSha256(),
                DeviceSignatures.sign(deviceKey, sign.payload()));
    }
}
