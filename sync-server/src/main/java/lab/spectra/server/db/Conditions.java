package lab.spectra.server.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conditions a read puts on a table's rows, each a SQL predicate with its own parameters, all
 * of which must hold. Query classes build them from typed filters, so no handler writes SQL, and
 * a filter that was not given simply adds nothing.
 */
public final class Conditions {

    private record Predicate(String sql, List<Object> parameters) {}

    private final List<Predicate> predicates;

    private Conditions(List<Predicate> predicates) {
        this.predicates = List.copyOf(predicates);
    }

    /** No condition beyond the ones every read has (the organization, the page). */
    public static Conditions none() {
        return new Conditions(List.of());
    }

    public static Conditions where(String predicate, Object... parameters) {
        return none().and(predicate, parameters);
    }

    public Conditions and(String predicate, Object... parameters) {
        List<Predicate> more = new ArrayList<>(predicates);
        more.add(new Predicate(predicate, Arrays.asList(parameters)));
        return new Conditions(more);
    }

    /** Adds the predicate, whose one parameter is {@code value}, only when a value was given. */
    public Conditions andIfGiven(String predicate, Object value) {
        return value == null ? this : and(predicate, value);
    }

    public Conditions and(Conditions more) {
        List<Predicate> combined = new ArrayList<>(predicates);
        combined.addAll(more.predicates);
        return new Conditions(combined);
    }

    /** The predicates joined with AND, each in parentheses. */
    public String sql() {
        if (predicates.isEmpty()) {
            throw new IllegalStateException("No condition to write: a read without one says which rows otherwise");
        }
        return String.join(
                " AND ", predicates.stream().map(p -> "(" + p.sql() + ")").toList());
    }

    /** The parameters of every predicate, in the order of {@link #sql()}. */
    public Object[] parameters() {
        return predicates.stream().flatMap(p -> p.parameters().stream()).toArray();
    }
}
