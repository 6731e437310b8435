package lab.spectra.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A read's conditions: each predicate in parentheses, joined with AND, parameters in the same order. */
class ConditionsAddOnlyTheFiltersGivenTest {

    @Test
    void predicatesAreJoinedWithAndAndKeepTheirParametersInOrder() {
        Conditions conditions = Conditions.where("id > ?", "after")
                .and(Conditions.where("deleted_at IS NULL").and("a = ? OR b = ?", 1, 2));

        assertThat(conditions.sql()).isEqualTo("(id > ?) AND (deleted_at IS NULL) AND (a = ? OR b = ?)");
        assertThat(conditions.parameters()).containsExactly("after", 1, 2);
    }

    @Test
    void aFilterThatWasNotGivenAddsNoCondition() {
        Conditions conditions = Conditions.where("deleted_at IS NULL")
                .andIfGiven("barcode = ?", null)
                .andIfGiven("status = ?", "running");

        assertThat(conditions.sql()).isEqualTo("(deleted_at IS NULL) AND (status = ?)");
        assertThat(conditions.parameters()).containsExactly("running");
    }

    @Test
    void noConditionAtAllIsNeverWrittenAsSql() {
        assertThatThrownBy(() -> Conditions.none().sql()).isInstanceOf(IllegalStateException.class);
    }
}
