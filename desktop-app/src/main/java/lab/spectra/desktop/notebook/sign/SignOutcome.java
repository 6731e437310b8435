package lab.spectra.desktop.notebook.sign;

/** How an attempt to sign ended. */
public sealed interface SignOutcome {

    /** The signature was recorded (offline it travels with the next sync, to be countersigned). */
    record Signed() implements SignOutcome {}

    /** The password was wrong; after {@code remaining} more wrong ones signing is locked. */
    record WrongPassword(int remaining) implements SignOutcome {}

    /** Signing is locked on this bench, e.g. after too many wrong passwords offline. */
    record Locked(String why) implements SignOutcome {}

    /** The rules refused the signature (content changed meanwhile, not allowed, ...). */
    record Refused(String reason) implements SignOutcome {}
}
