package lab.spectra.desktop.spc;

import lab.spectra.model.spc.SpcAlert;

/**
 * An alert as the bench holds it.
 *
 * @param provisional raised here by a command still waiting in the outbox: the server decides the
 *     alerts that count, and its answer replaces this one on the next pull (ADR 0026)
 */
public record AlertRow(SpcAlert alert, boolean provisional) {}
