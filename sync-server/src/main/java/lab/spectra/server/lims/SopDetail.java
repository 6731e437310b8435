package lab.spectra.server.lims;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalDecision;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.auth.Role;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SopApproval;
import lab.spectra.server.lims.LineagePeople.Person;

/**
 * One SOP as the library shows it: its text, who wrote, submitted and decided on it, every version
 * of its lineage, the recipes that follow any version of it, and the instruments those recipes run
 * on (every live instrument of the kinds of the recipes that are not retired).
 */
public record SopDetail(
        UUID id,
        UUID lineageId,
        String title,
        int version,
        ApprovalStatus status,
        boolean awaitingDecision,
        long rowVersion,
        String bodyMarkdown,
        Person author,
        Instant createdAt,
        Person submittedBy,
        Instant submittedAt,
        Person rejectedBy,
        Instant rejectedAt,
        String rejectionComment,
        Person approvedBy,
        Instant approvedAt,
        Person retiredBy,
        Instant retiredAt,
        String retirementReason,
        List<DecisionMade> decisions,
        List<VersionSummary> versions,
        List<FollowingRecipe> recipes,
        List<FollowingInstrument> instruments) {

    /** A decision on this version: approved, rejected or retired, with the comment or reason. */
    public record DecisionMade(
            UUID id, ApprovalDecision decision, Person by, Role role, String comment, Instant decidedAt) {}

    /** Another (or this) version of the SOP. */
    public record VersionSummary(
            UUID id, int version, String title, ApprovalStatus status, Instant approvedAt, Instant retiredAt) {}

    /** @param sopVersion the version of this SOP the recipe links */
    public record FollowingRecipe(
            UUID id, String name, int version, ApprovalStatus status, InstrumentKind instrumentKind, int sopVersion) {}

    public record FollowingInstrument(UUID id, String name, InstrumentKind kind) {}

    static SopDetail of(JdbcDomainState state, Sop sop) {
        LineagePeople people = new LineagePeople(state);
        List<Sop> lineage = state.sopsInLineage(sop.lineageId()).stream()
                .filter(version -> version.deletedAt() == null)
                .sorted(Comparator.comparingInt(Sop::version))
                .toList();
        List<SopApproval> decided =
                state.findOrdered(Table.SOP_APPROVALS, "sop_id = ?", "ORDER BY decided_at, created_at", sop.id());
        // Recipes are few per lab; their links are a JSON array, read and matched here.
        List<Recipe> live = state.find(Table.RECIPES, "deleted_at IS NULL");
        List<FollowingRecipe> recipes = live.stream()
                .flatMap(recipe -> lineage.stream()
                        .filter(version -> recipe.sopIds().contains(version.id()))
                        .map(version -> new FollowingRecipe(
                                recipe.id(),
                                recipe.name(),
                                recipe.version(),
                                recipe.status(),
                                recipe.instrumentKind(),
                                version.version())))
                .sorted(Comparator.comparing(FollowingRecipe::name).thenComparingInt(FollowingRecipe::version))
                .toList();
        Set<InstrumentKind> kinds = EnumSet.noneOf(InstrumentKind.class);
        recipes.stream()
                .filter(recipe -> recipe.status() != ApprovalStatus.RETIRED)
                .forEach(recipe -> kinds.add(recipe.instrumentKind()));
        List<FollowingInstrument> instruments = kinds.stream()
                .flatMap(kind -> state
                        .<Instrument>find(
                                Table.INSTRUMENTS,
                                "kind = ? AND deleted_at IS NULL",
                                kind.name().toLowerCase(Locale.ROOT))
                        .stream())
                .map(instrument -> new FollowingInstrument(instrument.id(), instrument.name(), instrument.kind()))
                .sorted(Comparator.comparing(FollowingInstrument::name))
                .toList();
        return new SopDetail(
                sop.id(),
                sop.lineageId(),
                sop.title(),
                sop.version(),
                sop.status(),
                sop.awaitingDecision(),
                sop.rowVersion(),
                sop.bodyMarkdown(),
                people.of(sop.authorId()),
                sop.createdAt(),
                people.of(sop.submittedBy()),
                sop.submittedAt(),
                people.of(sop.rejectedBy()),
                sop.rejectedAt(),
                sop.rejectionComment(),
                people.of(sop.approvedBy()),
                sop.approvedAt(),
                people.of(sop.retiredBy()),
                sop.retiredAt(),
                sop.retirementReason(),
                decided.stream()
                        .map(decision -> new DecisionMade(
                                decision.id(),
                                decision.decision(),
                                people.of(decision.approverId()),
                                decision.approverRole(),
                                decision.comment(),
                                decision.decidedAt()))
                        .toList(),
                lineage.stream()
                        .map(version -> new VersionSummary(
                                version.id(),
                                version.version(),
                                version.title(),
                                version.status(),
                                version.approvedAt(),
                                version.retiredAt()))
                        .toList(),
                recipes,
                instruments);
    }
}
