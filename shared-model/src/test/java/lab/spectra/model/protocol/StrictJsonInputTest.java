package lab.spectra.model.protocol;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.spectra.model.command.Command;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.testing.ExampleCommands;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** What scripts send is read strictly: anything unexpected is refused, never guessed at. */
class StrictJsonInputTest {

    private final ObjectMapper mapper = DomainJson.newMapper();
    private final Lab lab = new Lab();

    private ObjectNode resultCommandJson() {
        return mapper.valueToTree(ExampleCommands.of(RecordResult.class, lab, lab.technician));
    }

    private void assertRefused(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Command.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertRefused(resultCommandJson().put("surprise", true).toString());
    }

    @Test
    void aNumberSentAsTextIsRefused() {
        assertRefused(resultCommandJson().put("value", "0.42").toString());
    }

    @Test
    void textWhereAnIdBelongsIsRefused() {
        assertRefused(resultCommandJson().put("run_id", "not-a-uuid").toString());
    }

    @Test
    void anUnknownCommandTypeIsRefused() {
        assertRefused(resultCommandJson().put("type", "DropAllTables").toString());
    }

    @Test
    void aCommandWithoutTypeIsRefused() {
        ObjectNode json = resultCommandJson();
        json.remove("type");
        assertRefused(json.toString());
    }

    @Test
    void aCommandWithoutMetaIsRefused() {
        ObjectNode json = resultCommandJson();
        json.remove("meta");
        assertRefused(json.toString());
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused(resultCommandJson().toString().substring(10));
    }

    @Test
    void trailingGarbageIsRefused() {
        assertRefused(resultCommandJson().toString() + " {}");
    }

    @Test
    void anEnumValueOutsideTheListIsRefused() {
        ObjectNode json = mapper.valueToTree(ExampleCommands.of(CreateRecipe.class, lab, lab.engineer));
        assertRefused(json.put("instrument_kind", "TIME_MACHINE").toString());
    }
}
