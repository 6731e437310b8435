package lab.spectra.server.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements of a migration script that would break the queries of the server version
 * before it (issue 22, rolling upgrades): while instances of two versions share one database, the
 * schema may only grow. Removing, renaming or narrowing something the previous version reads or
 * writes is a contract step, which runs only once no server of that version is left.
 *
 * <p>What counts as contract, and why:
 * <ul>
 *   <li>dropping a table, view, column, function, trigger, constraint or index — old code selects,
 *       calls or relies on it (a unique index is an {@code ON CONFLICT} target);</li>
 *   <li>any rename — old code still uses the old name;</li>
 *   <li>a column's type changed — old code binds and reads the old type;</li>
 *   <li>{@code SET NOT NULL}, {@code DROP DEFAULT}, or a new {@code NOT NULL} column without a
 *       default — old code inserts rows without that value;</li>
 *   <li>a new check, unique, primary key or exclusion constraint on an existing table — old code
 *       may write what it forbids;</li>
 *   <li>{@code REVOKE} — old code loses a privilege it uses.</li>
 * </ul>
 * Dropping a {@code NOT NULL}, adding nullable or defaulted columns, new tables, indexes, grants and
 * functions are expand steps. Function bodies and string literals are not looked into.
 */
final class ContractStatements {

    private static final List<Rule> RULES = List.of(
            Rule.matching(
                    "drops something the previous version may use",
                    "\\bDROP\\s+(TABLE|VIEW|MATERIALIZED\\s+VIEW|FUNCTION|PROCEDURE|TRIGGER|INDEX|SEQUENCE|TYPE|SCHEMA)\\b"),
            Rule.matching("drops a constraint", "\\bDROP\\s+CONSTRAINT\\b"),
            Rule.matching("drops a default old inserts rely on", "\\bDROP\\s+DEFAULT\\b"),
            Rule.matching(
                    "drops a column",
                    "\\bALTER\\s+TABLE\\b.*\\bDROP\\s+(COLUMN\\s+)?(?!NOT\\b|DEFAULT\\b|CONSTRAINT\\b)"),
            Rule.matching("renames", "\\bRENAME\\b"),
            Rule.matching("changes a column's type", "\\bALTER\\s+(COLUMN\\s+)?\\S+\\s+(SET\\s+DATA\\s+)?TYPE\\b"),
            Rule.matching("makes a column NOT NULL", "\\bSET\\s+NOT\\s+NULL\\b"),
            Rule.matching(
                    "adds a constraint old writes may break",
                    "\\bALTER\\s+TABLE\\b.*\\bADD\\s+(CONSTRAINT\\s+\\S+\\s+)?(CHECK|UNIQUE|PRIMARY\\s+KEY|EXCLUDE)\\b"),
            new Rule("adds a NOT NULL column without a default", ContractStatements::addsARequiredColumn),
            Rule.matching("revokes a privilege", "\\bREVOKE\\b"));

    /** One {@code ADD [COLUMN]} clause of an {@code ALTER TABLE}, up to the next clause or the end. */
    private static final Pattern ADDED_COLUMN = Pattern.compile(
            "\\bADD\\s+(COLUMN\\s+)?(?!CONSTRAINT\\b|CHECK\\b|UNIQUE\\b|PRIMARY\\b|FOREIGN\\b|EXCLUDE\\b)(.*?)"
                    + "(?=,\\s*(ADD|ALTER|DROP)\\b|$)");

    private static final Pattern CREATED_TABLE =
            Pattern.compile("^CREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Z0-9_.\"]+)");
    private static final Pattern ALTERED_TABLE =
            Pattern.compile("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?([A-Z0-9_.\"]+)");
    private static final Pattern DOLLAR_QUOTED = Pattern.compile("\\$([A-Za-z_]*)\\$.*?\\$\\1\\$", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private ContractStatements() {}

    /** A contract statement found, with the reason it breaks the previous version. */
    record Found(String statement, String why) {
        @Override
        public String toString() {
            return why + ": " + statement;
        }
    }

    /** The contract statements of a script, in order; empty when it only expands. */
    static List<Found> in(String sql) {
        List<Found> found = new ArrayList<>();
        for (String statement : statements(sql)) {
            String upper = statement.toUpperCase(Locale.ROOT);
            for (Rule rule : RULES) {
                if (rule.breaksThePreviousVersion().test(upper)) {
                    found.add(new Found(statement, rule.why()));
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The tables a script alters that it did not create: more than one is a deadlock waiting to
     * happen while the previous version serves. Flyway runs a script in one transaction, which holds
     * the first table's exclusive lock while it waits for the next; a running transaction of the
     * previous version holding the next and asking for the first completes the cycle (the
     * rolling-upgrade test met it). One existing table per script.
     */
    static Set<String> existingTablesAltered(String sql) {
        Set<String> created = new TreeSet<>();
        Set<String> altered = new TreeSet<>();
        for (String statement : statements(sql)) {
            String upper = statement.toUpperCase(Locale.ROOT);
            Matcher creating = CREATED_TABLE.matcher(upper);
            if (creating.find()) {
                created.add(creating.group(1));
            }
            Matcher altering = ALTERED_TABLE.matcher(upper);
            if (altering.find()) {
                altered.add(altering.group(1));
            }
        }
        altered.removeAll(created);
        return altered;
    }

    /** The script's statements, comments, function bodies and string literals left out, spaces folded. */
    private static List<String> statements(String sql) {
        String code = BLOCK_COMMENT.matcher(sql).replaceAll(" ");
        code = LINE_COMMENT.matcher(code).replaceAll(" ");
        code = DOLLAR_QUOTED.matcher(code).replaceAll(" \\$body\\$ ");
        code = STRING_LITERAL.matcher(code).replaceAll("''");
        List<String> statements = new ArrayList<>();
        for (String statement : code.split(";")) {
            String normalized = statement.strip().replaceAll("\\s+", " ");
            if (!normalized.isEmpty()) {
                statements.add(normalized);
            }
        }
        return statements;
    }

    /** Old code inserts rows without the new column: NOT NULL needs a default (or a generated value). */
    private static boolean addsARequiredColumn(String statement) {
        if (!statement.startsWith("ALTER TABLE")) {
            return false;
        }
        Matcher clause = ADDED_COLUMN.matcher(statement);
        while (clause.find()) {
            String definition = clause.group(2);
            if (definition.matches(".*\\bNOT\\s+NULL\\b.*") && !definition.matches(".*\\b(DEFAULT|GENERATED)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private record Rule(String why, Predicate<String> breaksThePreviousVersion) {
        static Rule matching(String why, String regex) {
            Pattern pattern = Pattern.compile(regex);
            return new Rule(why, statement -> pattern.matcher(statement).find());
        }
    }
}
