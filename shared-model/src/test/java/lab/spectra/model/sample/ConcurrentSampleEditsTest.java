package lab.spectra.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Conflict;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * Two people edit the same sample from the same starting point. Free text: the later edit wins.
 * Regulated fields (status, barcode): the later edit is a conflict and changes nothing.
 */
class ConcurrentSampleEditsTest {

    private final Lab lab = new Lab();
    private final Sample seenByBoth = lab.sample;

    private EditSample notes(Actor author, String text) {
        return new EditSample(
                lab.meta(author),
                seenByBoth.id(),
                null,
                null,
                null,
                null,
                new FieldChange<>(seenByBoth.notes(), text),
                null,
                null);
    }

    private EditSample status(SampleStatus to) {
        return new EditSample(
                lab.meta(lab.engineer),
                seenByBoth.id(),
                null,
                null,
                null,
                new FieldChange<>(seenByBoth.status(), to),
                null,
                null,
                null);
    }

    @Test
    void forFreeTextTheLaterEditWins() {
        assertThat(lab.handle(notes(lab.engineer, "cleaved in two"), lab.engineer))
                .isInstanceOf(Applied.class);
        assertThat(lab.handle(notes(lab.pi, "edge chipped"), lab.pi)).isInstanceOf(Applied.class);
        Sample now = lab.state.sample(seenByBoth.id()).orElseThrow();
        assertThat(now.notes()).isEqualTo("edge chipped");
        assertThat(now.rowVersion()).isEqualTo(3);
    }

    @Test
    void forTheStatusTheSecondEditIsAConflictShowingTheCurrentRow() {
        assertThat(lab.handle(status(SampleStatus.ON_HOLD), lab.engineer)).isInstanceOf(Applied.class);
        Outcome second = lab.handle(status(SampleStatus.CONSUMED), lab.engineer);

        assertThat(second).isInstanceOf(Conflict.class);
        Conflict conflict = (Conflict) second;
        assertThat(conflict.message())
                .isEqualTo(
                        "The status of sample GaN-on-Si #1 was changed to on_hold by someone else after you opened it");
        assertThat(((Sample) conflict.current()).status()).isEqualTo(SampleStatus.ON_HOLD);
        assertThat(lab.state.sample(seenByBoth.id()).orElseThrow().status()).isEqualTo(SampleStatus.ON_HOLD);
    }

    @Test
    void theSameStatusChangeTwiceIsStillAConflictBecauseTheSecondAuthorSawAnOlderValue() {
        lab.handle(status(SampleStatus.ON_HOLD), lab.engineer);
        assertThat(lab.handle(status(SampleStatus.ON_HOLD), lab.engineer)).isInstanceOf(Conflict.class);
    }

    @Test
    void aBarcodeChangedMeanwhileIsAConflict() {
        EditSample first = new EditSample(
                lab.meta(lab.engineer),
                seenByBoth.id(),
                null,
                new FieldChange<>("S-0001", "S-0001A"),
                null,
                null,
                null,
                null,
                null);
        EditSample second = new EditSample(
                lab.meta(lab.engineer),
                seenByBoth.id(),
                null,
                new FieldChange<>("S-0001", "S-0001B"),
                null,
                null,
                null,
                null,
                null);
        lab.handle(first, lab.engineer);
        assertThat(lab.handle(second, lab.engineer)).isInstanceOf(Conflict.class);
        assertThat(lab.state.sample(seenByBoth.id()).orElseThrow().barcode()).isEqualTo("S-0001A");
    }
}
