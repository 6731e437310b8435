package lab.spectra.model.eln;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/** Entry versions: written by the same rules on both sides, so the history works offline. */
class EveryWriteAndEditOfAnEntryIsKeptAsAVersionTest {

    private final Lab lab = new Lab();

    @Test
    void writingAnEntrySavesItAsVersionOneByItsAuthor() {
        WriteElnEntry write = new WriteElnEntry(
                lab.meta(lab.technician), Ids.newId(), "Anneal", "Annealed at 400 C.", List.of(), List.of());

        assertThat(lab.handle(write, lab.technician)).isInstanceOf(Applied.class);

        ElnEntry entry = lab.state.elnEntry(write.entryId()).orElseThrow();
        assertThat(lab.state.versionsOf(write.entryId())).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.id()).isEqualTo(ElnEntryVersion.idOf(entry.id(), 1));
            assertThat(version.bodyMarkdown()).isEqualTo("Annealed at 400 C.");
            assertThat(version.editedBy()).isEqualTo(lab.technician.userId());
            assertThat(version.contentSha256()).isEqualTo(SignedContent.sha256(entry));
        });
    }

    @Test
    void eachEditSavesTheNextVersionByItsEditorAndKeepsTheEarlierOnes() {
        WriteElnEntry write = new WriteElnEntry(
                lab.meta(lab.technician), Ids.newId(), "Anneal", "line one\nline two\n", List.of(), List.of());
        lab.handle(write, lab.technician);

        EditElnEntry edit = new EditElnEntry(
                lab.meta(lab.engineer),
                write.entryId(),
                null,
                new FieldChange<>("line one\nline two\n", "line one\nline 2\n"));
        assertThat(lab.handle(edit, lab.engineer)).isInstanceOf(Applied.class);

        List<ElnEntryVersion> versions = lab.state.versionsOf(write.entryId());
        assertThat(versions).extracting(ElnEntryVersion::version).containsExactly(1, 2);
        assertThat(versions.get(0).bodyMarkdown()).isEqualTo("line one\nline two\n");
        assertThat(versions.get(1).bodyMarkdown()).isEqualTo("line one\nline 2\n");
        assertThat(versions.get(1).editedBy()).isEqualTo(lab.engineer.userId());
        assertThat(versions.get(1).contentSha256())
                .isEqualTo(
                        SignedContent.sha256(lab.state.elnEntry(write.entryId()).orElseThrow()));
    }

    @Test
    void anEntryWrittenBeforeVersionsWereKeptStartsItsHistoryWithWhatItSaidBeforeTheEdit() {
        ElnEntry old = lab.elnEntry;
        assertThat(lab.state.versionsOf(old.id())).isEmpty();

        EditElnEntry edit =
                new EditElnEntry(lab.meta(lab.technician), old.id(), new FieldChange<>(old.title(), "Renamed"), null);
        assertThat(lab.handle(edit, lab.technician)).isInstanceOf(Applied.class);

        List<ElnEntryVersion> versions = lab.state.versionsOf(old.id());
        assertThat(versions).extracting(ElnEntryVersion::title).containsExactly(old.title(), "Renamed");
        assertThat(versions.get(0).editedBy()).isEqualTo(old.authorId());
    }
}
