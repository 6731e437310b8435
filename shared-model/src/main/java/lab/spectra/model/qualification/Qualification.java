package lab.spectra.model.qualification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.Recipe;

/**
 * That a person was trained on an SOP version and may operate instruments of one kind, from
 * {@code qualifiedAt} until {@code expiresAt} (ADR 0015).
 *
 * @param recipeName     the recipe lineage it is limited to ("IV sweep", every version of it), or
 *                       {@code null} for every recipe on instruments of {@code instrumentKind}
 * @param sopId          the SOP version the person was trained and assessed on
 */
public record Qualification(
        UUID id,
        UUID organizationId,
        UUID userId,
        InstrumentKind instrumentKind,
        String recipeName,
        UUID sopId,
        Instant qualifiedAt,
        Instant expiresAt,
        QualificationState state,
        Instant revokedAt,
        UUID revokedBy,
        String revocationReason,
        UUID recordedBy,
        Instant createdAt,
        Instant updatedAt,
        long rowVersion)
        implements Row {

    public Qualification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(instrumentKind, "instrument_kind");
        Objects.requireNonNull(sopId, "sop_id");
        Objects.requireNonNull(qualifiedAt, "qualified_at");
        Objects.requireNonNull(expiresAt, "expires_at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(recordedBy, "recorded_by");
        if (!expiresAt.isAfter(qualifiedAt)) {
            throw new IllegalArgumentException("A qualification must expire after it was granted");
        }
    }

    /**
     * Whether it is for this recipe on an instrument of this kind: the kind must match, and a
     * qualification limited to a lineage must name the recipe (its name, in any case; every version
     * of a recipe keeps its name).
     */
    public boolean covers(Recipe recipe, InstrumentKind kind) {
        return instrumentKind == kind && (recipeName == null || recipeName.equalsIgnoreCase(recipe.name()));
    }

    /** What it is for, in words: "IV sweep on a source-measure unit" or "any recipe on an X-ray diffractometer". */
    public String scope() {
        return (recipeName == null ? "any recipe" : recipeName) + " on " + instrumentKind.withArticle();
    }

    /** Whether it had been revoked at that moment; a revocation holds from when it was issued on. */
    public boolean revokedBy(Instant at) {
        return state == QualificationState.REVOKED && (revokedAt == null || !at.isBefore(revokedAt));
    }

    /** In force at that moment: granted, not yet expired, not revoked. */
    public boolean inForceAt(Instant at) {
        return !qualifiedAt.isAfter(at) && at.isBefore(expiresAt) && !revokedBy(at);
    }

    public Qualification revoke(UUID by, String reason, Instant at, Instant now) {
        return new Qualification(
                id,
                organizationId,
                userId,
                instrumentKind,
                recipeName,
                sopId,
                qualifiedAt,
                expiresAt,
                QualificationState.REVOKED,
                at,
                by,
                reason,
                recordedBy,
                createdAt,
                now,
                rowVersion + 1);
    }
}
