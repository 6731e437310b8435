package lab.spectra.desktop.shell;

/** The screens of the main window, in the order of the navigation. */
public enum Section {
    DASHBOARD("Dashboard"),
    /** What waits for the signed-in person: decisions, reviews, alerts, their open runs, expiries, problems. */
    INBOX("Inbox"),
    INSTRUMENTS("Instruments"),
    SAMPLES("Samples"),
    RECIPES("Recipes"),
    /** The SOP library: everyone reads; engineers and up write drafts, PIs and admins decide. */
    SOPS("SOPs"),
    RUNS("Runs"),
    /** Control charts of the lab's series, with their alerts; everyone may look. */
    SPC("SPC"),
    /** The lab notebook: everyone reads; technicians and up write and sign. */
    NOTEBOOK("Notebook"),
    /** Who is qualified on what; PIs and admins record and revoke. */
    QUALIFICATIONS("Qualifications"),
    PROBLEMS("Sync problems"),
    /** The server's audit trail, online only; PIs, admins and viewers (inspectors). */
    AUDIT("Audit trail"),
    /** Administration of the lab (people, and more tabs later); shown only to those it has tabs for. */
    ADMINISTRATION("Administration");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
