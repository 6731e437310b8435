package lab.spectra.desktop.admin.labimport;

/**
 * One line of the import file as the screen lists it.
 *
 * @param problem           true when the line is refused and {@code text} says why
 * @param temporaryPassword a person's one-time password after the import, or empty
 */
public record ImportLine(int line, String text, boolean problem, String temporaryPassword) {}
