package lab.spectra.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChangesNameWhatAnEntryChangedTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text);
    }

    @Test
    void onlyTheFieldsThatDifferAreListedInNameOrder() throws Exception {
        List<FieldChanges.Changed> changes = FieldChanges.between(
                json("{\"name\": \"A-1\", \"status\": \"active\", \"barcode\": \"X\", \"row_version\": 1}"),
                json("{\"name\": \"A-1\", \"status\": \"retired\", \"barcode\": \"Y\", \"row_version\": 2}"));

        assertThat(changes)
                .extracting(FieldChanges.Changed::describe)
                .containsExactly("barcode: X \u2192 Y", "row_version: 1 \u2192 2", "status: active \u2192 retired");
    }

    @Test
    void aCreatedRecordListsEveryFieldWithNothingBefore() throws Exception {
        List<FieldChanges.Changed> changes = FieldChanges.between(null, json("{\"name\": \"A-1\", \"mass\": 2.5}"));

        assertThat(changes).extracting(FieldChanges.Changed::field).containsExactly("mass", "name");
        assertThat(changes).allSatisfy(change -> assertThat(change.before()).isNull());
    }

    @Test
    void aFieldSetToNullOrRemovedHasNothingAfter() throws Exception {
        List<FieldChanges.Changed> changes =
                FieldChanges.between(json("{\"note\": \"x\", \"deleted_at\": null}"), json("{\"deleted_at\": null}"));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("note");
            assertThat(change.after()).isNull();
        });
    }

    @Test
    void numbersWrittenDifferentlyButEqualAreNoChange() throws Exception {
        assertThat(FieldChanges.between(json("{\"v\": 1.0, \"w\": [1, 2]}"), json("{\"v\": 1.00, \"w\": [1.0, 2]}")))
                .isEmpty();
    }

    @Test
    void aNestedValueThatChangedIsShownWhole() throws Exception {
        List<FieldChanges.Changed> changes =
                FieldChanges.between(json("{\"params\": {\"stop\": 2}}"), json("{\"params\": {\"stop\": 3}}"));

        assertThat(changes)
                .extracting(FieldChanges.Changed::describe)
                .containsExactly("params: {\"stop\":2} \u2192 {\"stop\":3}");
    }

    @Test
    void valuesThatAreNotObjectsCompareWhole() throws Exception {
        assertThat(FieldChanges.between(json("\"a\""), json("\"b\"")))
                .extracting(FieldChanges.Changed::describe)
                .containsExactly("value: a \u2192 b");
    }
}
