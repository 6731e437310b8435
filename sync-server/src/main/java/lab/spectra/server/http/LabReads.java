package lab.spectra.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.model.auth.Action;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Database;

/**
 * Reads for the REST API, always inside the caller's organization (both layers: the query names
 * it, row-level security enforces it) and only for roles allowed to view data.
 */
public final class LabReads {

    private final Database database;
    private final ObjectMapper mapper;

    public LabReads(Database database, ObjectMapper mapper) {
        this.database = database;
        this.mapper = mapper;
    }

    public <T> T read(UserAccount user, Function<JdbcDomainState, T> query) {
        if (!user.asActor().may(Action.VIEW_ORGANIZATION_DATA)) {
            throw ApiException.forbidden("Your role may not view this organization's data");
        }
        return database.inTenant(
                user.organizationId(),
                connection -> query.apply(new JdbcDomainState(connection, user.organizationId(), mapper)));
    }

    /** The caller's own organization. */
    public Organization organization(UserAccount user) {
        return database.inTenant(
                user.organizationId(), connection -> new JdbcDomainState(connection, user.organizationId(), mapper)
                        .organization()
                        .orElseThrow(() -> ApiException.notFound("The organization")));
    }

    public <T extends Row> Optional<T> byId(UserAccount user, Table table, UUID id) {
        return read(user, state -> state.<T>find(table, "id = ?", id).stream().findFirst());
    }

    /** A page of a table's rows matching a condition, in creation order. */
    public <T extends Row> Pages.Page<T> page(
            UserAccount user, Table table, String condition, Pages.PageRequest request, Object... parameters) {
        List<Object> all = new ArrayList<>(Arrays.asList(parameters));
        String where = condition;
        if (request.after() != null) {
            where = "(" + condition + ") AND id > ?";
            all.add(request.after());
        }
        String finalWhere = where;
        List<T> fetched = read(
                user,
                state -> state.findOrdered(
                        table, finalWhere, "ORDER BY id LIMIT " + (request.limit() + 1), all.toArray()));
        return Pages.of(fetched, request, Row::id);
    }
}
