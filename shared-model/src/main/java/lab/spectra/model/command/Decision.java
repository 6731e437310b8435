package lab.spectra.model.command;

/** What a command's business rules say about it, before anything is changed. */
public sealed interface Decision permits Decision.Accepted, Rejected, Conflict {

    Decision ACCEPTED = new Accepted();

    record Accepted() implements Decision {}
}
