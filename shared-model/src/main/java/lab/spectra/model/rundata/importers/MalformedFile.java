package lab.spectra.model.rundata.importers;

import lab.spectra.model.rundata.ImportError.Problem;

/**
 * Thrown inside a parser at the first problem found; {@link TextImport} turns it into an
 * {@code ImportOutcome.Failed}, so a half-read file never escapes as data.
 */
final class MalformedFile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;
    private final int line;

    MalformedFile(Problem problem, int line, String message) {
        super(message, null, false, false);
        this.problem = problem;
        this.line = line;
    }

    Problem problem() {
        return problem;
    }

    int line() {
        return line;
    }
}
