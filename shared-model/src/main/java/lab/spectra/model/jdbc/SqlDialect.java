package lab.spectra.model.jdbc;

/**
 * The few places where the desktop's H2 and the server's PostgreSQL need different SQL. Everything
 * else the mapping writes is plain SQL both understand.
 */
public enum SqlDialect {
    /** JSON columns are {@code jsonb}; text parameters are cast into them. */
    POSTGRESQL("CAST(? AS jsonb)"),
    /** JSON columns are H2's {@code JSON} type; text parameters are parsed as JSON, not quoted. */
    H2("? FORMAT JSON");

    private final String jsonParameter;

    SqlDialect(String jsonParameter) {
        this.jsonParameter = jsonParameter;
    }

    /** The placeholder for a parameter bound as JSON text into a JSON column. */
    public String jsonParameter() {
        return jsonParameter;
    }
}
