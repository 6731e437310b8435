package lab.spectra.desktop.sops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SopApproval;

/** What the bench reads for the SOP library: a lab keeps tens of SOPs, so everything is read in one go. */
public final class SopQueries {

    private static final String SOPS = "SELECT " + LocalRows.columns(Table.SOPS, "s")
            + " FROM sops s WHERE s.organization_id = ? AND s.deleted_at IS NULL";
    private static final String BY_TITLE = " ORDER BY s.title, s.version, s.id";
    private static final String DECISIONS = "SELECT " + LocalRows.columns(Table.SOP_APPROVALS, "a")
            + " FROM sop_approvals a WHERE a.organization_id = ? ORDER BY a.decided_at, a.id";
    private static final String RECIPES = "SELECT " + LocalRows.columns(Table.RECIPES, "r")
            + " FROM recipes r WHERE r.organization_id = ? AND r.deleted_at IS NULL ORDER BY r.name, r.version, r.id";
    private static final String INSTRUMENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENTS, "i")
            + " FROM instruments i WHERE i.organization_id = ? AND i.deleted_at IS NULL ORDER BY i.name, i.id";
    private static final String DOCUMENTS = "SELECT " + LocalRows.columns(Table.ATTACHMENTS, "f")
            + " FROM attachments f WHERE f.organization_id = ? AND f.record_table = 'sops' AND f.deleted_at IS NULL"
            + " ORDER BY f.created_at, f.id";
    private static final String PEOPLE = "SELECT u.id, u.display_name FROM users u WHERE u.organization_id = ?";

    private final LocalReads reads;

    public SopQueries(LocalReads reads) {
        this.reads = reads;
    }

    /**
     * The library as one person sees it: every SOP ({@code onlyApproved} for those who only
     * follow them), the decisions on them, the recipes and instruments that follow them, the
     * files attached to them and the names of the lab's people.
     */
    public SopLibrary library(boolean onlyApproved) {
        return reads.read(rows -> {
            UUID organization = rows.organizationId();
            List<Sop> sops = rows.rows(
                    Table.SOPS, SOPS + (onlyApproved ? " AND s.status = 'approved'" : "") + BY_TITLE, organization);
            List<SopApproval> decisions = rows.rows(Table.SOP_APPROVALS, DECISIONS, organization);
            List<Recipe> recipes = rows.rows(Table.RECIPES, RECIPES, organization);
            List<Instrument> instruments = rows.rows(Table.INSTRUMENTS, INSTRUMENTS, organization);
            List<Attachment> documents = rows.rows(Table.ATTACHMENTS, DOCUMENTS, organization);
            Map<UUID, String> people = new HashMap<>();
            rows.list(PEOPLE, row -> people.put(row.getObject(1, UUID.class), row.getString(2)), organization);
            return new SopLibrary(sops, decisions, recipes, instruments, documents, people);
        });
    }
}
