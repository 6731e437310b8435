package lab.spectra.model.command;

import java.util.UUID;

/** A record of one of the domain tables. Every row belongs to exactly one organization. */
public interface Row {

    UUID id();

    UUID organizationId();

    /** Incremented by every change, starting at 1; sync and conflict detection rely on it. */
    long rowVersion();
}
