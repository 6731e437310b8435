package lab.spectra.server.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongPredicate;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;

/**
 * Reads of an organization's data for the people in it, underneath the features' query classes:
 * always inside the viewer's own organization (the query names it, row-level security enforces
 * it again) and only for roles allowed to view its data. Rows are mapped by {@link
 * JdbcDomainState}; keyset paging is written here once.
 */
public final class TenantReads {

    private final Database database;
    private final ObjectMapper mapper;

    public TenantReads(Database database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    /** One read transaction in the viewer's organization. */
    public <T> T read(UserAccount viewer, Function<JdbcDomainState, T> query) {
        if (!viewer.asActor().may(Action.VIEW_ORGANIZATION_DATA)) {
            throw new ViewRefused("Your role may not view this organization's data");
        }
        return inOrganization(viewer.organizationId(), query);
    }

    /** A page of a table's rows that meet the conditions, in creation (id) order. */
    public <T extends Row> Page<T> page(UserAccount viewer, Table table, Conditions filter, PageRequest request) {
        return read(viewer, state -> page(state, table, filter, request));
    }

    /** As {@link #page(UserAccount, Table, Conditions, PageRequest)}, in a transaction already open. */
    public static <T extends Row> Page<T> page(
            JdbcDomainState state, Table table, Conditions filter, PageRequest request) {
        Conditions afterCursor = Conditions.where("id > ?", request.after()).and(filter);
        List<T> fetched = state.findOrdered(
                table, afterCursor.sql(), "ORDER BY id LIMIT " + (request.limit() + 1), afterCursor.parameters());
        return Page.of(fetched, request, Row::id);
    }

    /**
     * A page of a table's rows that meet the conditions, newest first: by {@code timeColumn}
     * descending (rows without a time, such as planned runs, lead), then id descending. The cursor
     * is still the last row's id; the next page starts below that row's time and id.
     *
     * @param timeColumn a column of {@code table}, named by the code, never by a request
     */
    public <T extends Row> Page<T> pageNewestFirst(
            UserAccount viewer, Table table, String timeColumn, Conditions filter, PageRequest request) {
        String tableName = table.tableName();
        String cursorTime = "(SELECT c." + timeColumn + " FROM " + tableName + " c WHERE c.id = ?)";
        Conditions belowCursor = request.after().equals(PageRequest.START)
                ? Conditions.where("TRUE")
                : Conditions.where(
                        "(" + cursorTime + " IS NULL AND (" + timeColumn + " IS NOT NULL OR id < ?))"
                                + " OR (" + timeColumn + " IS NOT NULL AND (" + timeColumn + ", id) < (" + cursorTime
                                + ", ?))",
                        request.after(),
                        request.after(),
                        request.after(),
                        request.after());
        Conditions conditions = belowCursor.and(filter);
        return read(viewer, state -> {
            List<T> fetched = state.findOrdered(
                    table,
                    conditions.sql(),
                    "ORDER BY " + timeColumn + " DESC NULLS FIRST, id DESC LIMIT " + (request.limit() + 1),
                    conditions.parameters());
            return Page.of(fetched, request, Row::id);
        });
    }

    /**
     * One read transaction that first reads the organization's change number (every committed
     * change to its synced rows raises it) and then, if {@code wanted} says so for that number, the
     * query: a cached answer costs one statement, and a fresh one no second transaction (issue 19).
     * Refused like every read to a role that may not view the organization's data.
     */
    public <T> ChangeNumbered<T> readAtChangeNumber(
            UserAccount viewer, LongPredicate wanted, Function<JdbcDomainState, T> query) {
        if (!viewer.asActor().may(Action.VIEW_ORGANIZATION_DATA)) {
            throw new ViewRefused("Your role may not view this organization's data");
        }
        UUID organizationId = viewer.organizationId();
        return database.inTenant(organizationId, connection -> {
            long number = changeNumberIn(connection, organizationId);
            if (!wanted.test(number)) {
                return new ChangeNumbered<T>(number, Optional.empty());
            }
            return new ChangeNumbered<>(
                    number, Optional.of(query.apply(new JdbcDomainState(connection, organizationId, mapper))));
        });
    }

    private static long changeNumberIn(Connection connection, UUID organizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_change_number FROM org_sync_state WHERE organization_id = ?")) {
            select.setObject(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        }
    }

    /** The viewer's own organization. */
    public Optional<Organization> organizationOf(UserAccount user) {
        return inOrganization(user.organizationId(), JdbcDomainState::organization);
    }

    /**
     * The account a verified token names, read before anyone is signed in (so without the view
     * check): the caller's role and active flag as they are now, not as the token says.
     */
    public Optional<UserAccount> account(UUID organizationId, UUID userId) {
        return inOrganization(organizationId, state -> state.<UserAccount>find(Table.USERS, "id = ?", userId).stream()
                .findFirst());
    }

    private <T> T inOrganization(UUID organizationId, Function<JdbcDomainState, T> query) {
        return database.inTenant(
                organizationId, connection -> query.apply(new JdbcDomainState(connection, organizationId, mapper)));
    }
}
