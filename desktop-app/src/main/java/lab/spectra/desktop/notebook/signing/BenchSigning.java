package lab.spectra.desktop.notebook.signing;

import com.nimbusds.jose.jwk.ECKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.desktop.sync.BenchReads;
import lab.spectra.desktop.trust.Keyring;
import lab.spectra.desktop.trust.PersonKeys;
import lab.spectra.desktop.trust.SigningLockouts;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.DeviceSignedCommand;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.id.Ids;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.ReviewRun;
import lab.spectra.model.spc.FreezeSpcLimits;

/**
 * Signing notebook entries, reviewing runs and freezing SPC limits on the bench, online or not (ADR 0018). The sign dialog hands over the
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
        if (entryId == null || meaning == null || shownContentSha256 == null) {
            Arrays.fill(password, '\0');
            return new SigningOutcome.Refused(
                    RejectionCode.INVALID_INPUT.wireName(),
                    "Say which entry you sign, as what, and the hash of the content you were shown");
        }
        return signWithDeviceKey(
                signer, password, meta -> new SignElnEntry(meta, Ids.newId(), entryId, meaning, shownContentSha256));
    }

    /**
     * Reviews a finished run as {@code reviewer}, over the run as the review card showed it; signed
     * with the device key exactly as a notebook signature is, and countersigned on sync.
     *
     * @param shownContentSha256 the {@link lab.spectra.model.runreview.RunContent} hash the card
     *                           showed; a result or file that arrived since refuses the review
     * @param password           cleared before this returns
     */
    public SigningOutcome review(
            UUID reviewer,
            UUID runId,
            ReviewDecision decision,
            String comment,
            String shownContentSha256,
            char[] password) {
        if (runId == null || decision == null || shownContentSha256 == null) {
            Arrays.fill(password, '\0');
            return new SigningOutcome.Refused(
                    RejectionCode.INVALID_INPUT.wireName(),
                    "Say which run you review, your decision, and the hash of the run you were shown");
        }
        return signWithDeviceKey(
                reviewer,
                password,
                meta -> new ReviewRun(
                        meta, Ids.newId(), Ids.newId(), runId, decision, comment, shownContentSha256, null));
    }

    /**
     * Freezes a series' control limits as {@code pi}, over the limits the freeze dialog showed
     * (ADR 0026): signed with the device key exactly as a run review is, and countersigned on sync.
     *
     * @param baselineFirstPointId null for the series' first point; a later one changes the limits
     * @param shownContentSha256   the {@link lab.spectra.model.spc.SpcLimitsProposal} hash the dialog
     *                             showed; a baseline that changed since refuses the decision
     * @param password             cleared before this returns
     */
    public SigningOutcome freezeLimits(
            UUID pi,
            UUID seriesId,
            UUID baselineFirstPointId,
            String reason,
            String shownContentSha256,
            char[] password) {
        if (seriesId == null || shownContentSha256 == null) {
            Arrays.fill(password, '\0');
            return new SigningOutcome.Refused(
                    RejectionCode.INVALID_INPUT.wireName(),
                    "Say which series' limits you freeze, and the hash of the limits you were shown");
        }
        return signWithDeviceKey(
                pi,
                password,
                meta -> new FreezeSpcLimits(
                        meta,
                        Ids.newId(),
                        Ids.newId(),
                        seriesId,
                        baselineFirstPointId,
                        null,
                        reason,
                        shownContentSha256,
                        null));
    }

    /**
     * The one signing path (ADR 0018): the password must unseal the signer's device key in this
     * bench's keyring (wrong ones are counted towards the lock), then the command runs the normal
     * way, its device signature added once the bench has dated it.
     */
    private SigningOutcome signWithDeviceKey(
            UUID signer, char[] password, Function<CommandMeta, DeviceSignedCommand> unsignedCommand) {
        try {
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
            DeviceSignedCommand unsigned = unsignedCommand.apply(workstation.newMeta(signer));
            Outcome outcome = workstation.commands().execute(unsigned, dated -> withDeviceSignature(dated, deviceKey));
            if (outcome instanceof Applied) {
                return new SigningOutcome.Signed(unsigned.signatureId(), unsigned.contentSha256());
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
        DeviceSignedCommand sign = (DeviceSignedCommand) dated;
        return sign.withDeviceSignature(DeviceSignatures.sign(deviceKey, sign.payload()));
    }
}
