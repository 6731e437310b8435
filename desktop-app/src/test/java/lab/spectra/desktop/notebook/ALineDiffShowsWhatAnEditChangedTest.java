package lab.spectra.desktop.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ALineDiffShowsWhatAnEditChangedTest {

    @Test
    void aChangedLineIsRemovedThenAddedBetweenTheLinesThatStayed() {
        List<String> diff = LineDiff.between("one\ntwo\nthree", "one\n2\nthree").stream()
                .map(LineDiff.Line::marked)
                .toList();

        assertThat(diff).containsExactly("  one", "- two", "+ 2", "  three");
    }

    @Test
    void linesAddedAtTheEndAndRemovedAtTheStartAreMarked() {
        List<String> diff = LineDiff.between("gone\nkept", "kept\nnew").stream()
                .map(LineDiff.Line::marked)
                .toList();

        assertThat(diff).containsExactly("- gone", "  kept", "+ new");
    }

    @Test
    void aTextComparedWithItselfHasNoChanges() {
        assertThat(LineDiff.between("a\nb\n", "a\nb\n"))
                .allSatisfy(line -> assertThat(line.kind()).isEqualTo(LineDiff.Kind.SAME));
    }

    @Test
    void anEmptyOlderTextMakesEveryLineAnAddition() {
        assertThat(LineDiff.between("", "x\ny"))
                .extracting(LineDiff.Line::kind)
                .containsExactly(LineDiff.Kind.ADDED, LineDiff.Kind.ADDED);
    }
}
