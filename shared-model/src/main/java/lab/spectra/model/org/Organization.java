package lab.spectra.model.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;
import lab.spectra.model.json.JsonObjects;

/** A tenant: one lab. {@code slug} is the short name, e.g. {@code demo-lab}. */
public record Organization(
        UUID id,
        String slug,
        String name,
        ObjectNode settings,
        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt,
        long rowVersion)
        implements Row {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        settings = JsonObjects.copyOrEmpty(settings);
    }

    /** An organization is its own tenant. */
    @Override
    public UUID organizationId() {
        return id;
    }
}
