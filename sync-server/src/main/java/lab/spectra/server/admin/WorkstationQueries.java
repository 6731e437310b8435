package lab.spectra.server.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;

/** What an admin reads about the organization's benches: a page at a time, with who worked there. */
public final class WorkstationQueries {

    /** A person who reached the server from the bench, and when last. */
    public record Person(UUID userId, String displayName, String email, Instant lastContactAt) {}

    /** One bench as the server met it. {@code revokedAt} is null while it is trusted. */
    public record Workstation(
            UUID workstationId,
            String name,
            Instant firstContactAt,
            Instant lastContactAt,
            Instant revokedAt,
            String revokedReason,
            List<Person> people) {
        public Workstation {
            people = List.copyOf(people);
        }
    }

    private final Database database;

    public WorkstationQueries(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The viewer's organization's benches in id order, each with its people (latest contact first). */
    public Page<Workstation> page(UserAccount viewer, PageRequest request) {
        UUID organizationId = viewer.organizationId();
        return database.inTenant(organizationId, connection -> {
            Map<UUID, Workstation> benches = benches(connection, organizationId, request);
            Map<UUID, List<Person>> people = people(connection, organizationId, benches.keySet());
            List<Workstation> fetched = new ArrayList<>(benches.size());
            benches.forEach((id, bench) -> fetched.add(new Workstation(
                    bench.workstationId(),
                    bench.name(),
                    bench.firstContactAt(),
                    bench.lastContactAt(),
                    bench.revokedAt(),
                    bench.revokedReason(),
                    people.getOrDefault(id, List.of()))));
            return Page.of(fetched, request, Workstation::workstationId);
        });
    }

    private static Map<UUID, Workstation> benches(Connection connection, UUID organizationId, PageRequest request)
            throws SQLException {
        Map<UUID, Workstation> benches = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT workstation_id, name, first_contact_at,"
                + " last_contact_at, revoked_at, revoked_reason FROM workstations"
                + " WHERE organization_id = ? AND workstation_id > ? ORDER BY workstation_id LIMIT ?")) {
            select.setObject(1, organizationId);
            select.setObject(2, request.after());
            select.setInt(3, request.limit() + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    benches.put(
                            id,
                            new Workstation(
                                    id,
                                    rows.getString(2),
                                    instant(rows, 3),
                                    instant(rows, 4),
                                    instant(rows, 5),
                                    rows.getString(6),
                                    List.of()));
                }
            }
        }
        return benches;
    }

    private static Map<UUID, List<Person>> people(Connection connection, UUID organizationId, Iterable<UUID> benches)
            throws SQLException {
        List<Object> ids = new ArrayList<>();
        benches.forEach(ids::add);
        Map<UUID, List<Person>> people = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT p.workstation_id, u.id, u.display_name,"
                + " u.email, p.last_contact_at FROM workstation_people p JOIN users u ON u.id = p.user_id"
                + " WHERE p.organization_id = ? AND p.workstation_id IN (" + placeholders + ")"
                + " ORDER BY p.last_contact_at DESC, u.display_name")) {
            select.setObject(1, organizationId);
            for (int i = 0; i < ids.size(); i++) {
                select.setObject(i + 2, ids.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new Person(
                                    rows.getObject(2, UUID.class),
                                    rows.getString(3),
                                    rows.getString(4),
                                    instant(rows, 5)));
                }
            }
        }
        return people;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
