package lab.spectra.server.db;

import java.util.Optional;

/**
 * What one read transaction found: the organization's change number, read first, and the answer
 * read after it in the same transaction, when it was wanted at that number.
 *
 * @param answer empty when the caller already held the answer for that change number
 */
public record ChangeNumbered<T>(long changeNumber, Optional<T> answer) {}
