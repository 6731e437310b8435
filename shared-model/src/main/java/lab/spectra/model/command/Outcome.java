package lab.spectra.model.command;

/** What became of a command: applied with its row changes, rejected, or in conflict. */
public sealed interface Outcome permits Applied, Rejected, Conflict {}
