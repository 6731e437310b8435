package lab.spectra.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersionSevenAndSortInTheOrderTheyWereMade() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(Ids.newId());
        }
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(made).doesNotHaveDuplicates();
        List<String> asText = made.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted();
    }
}
