package lab.spectra.model.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.FieldChange;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.eln.EditElnEntry;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.SignElnEntry;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.eln.SignedContent;
import lab.spectra.model.eln.WriteElnEntry;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.ApproveRecipe;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.EditRecipeDraft;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.recipe.RetireRecipe;
import lab.spectra.model.sop.ApproveSop;
import lab.spectra.model.sop.CreateSopDraft;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;

/**
 * The four-eyes rule written out cell by cell: how the person deciding took part in the version
 * decided on (wrote it, edited it and someone edited after them, edited it last, or not at all) ×
 * each decision. Every cell runs the real commands: the record is written and edited twice through
 * the commands that do so, then a PI takes the decision.
 *
 * <p>{@code X} applied; {@code A} refused because they wrote it ({@code self_approval}); {@code E}
 * refused because they edited it ({@code editor_approval}).
 */
class FourEyesMatrixTest {

    private enum Part {
        AUTHOR,
        EDITOR,
        LAST_EDITOR,
        UNINVOLVED
    }

    private static final String MATRIX = """
            #                          author  editor  last-editor  uninvolved
            ApproveRecipe                A       E         E            X
            RetireRecipe                 X       X         X            X
            ApproveSop                   A       E         E            X
            SignElnEntry:authored        X       X         X            X
            SignElnEntry:reviewed        A       E         E            X
            SignElnEntry:approved        A       E         E            X
            SignElnEntry:witnessed       A       E         E            X
            """;

    /** Who wrote the record and who edited it, in order, for the PI to be in the given part. */
    private record Cast(Actor author, Actor firstEditor, Actor lastEditor) {

        static Cast of(Part part, Lab lab, Actor colleague) {
            return switch (part) {
                case AUTHOR -> new Cast(lab.pi, lab.engineer, colleague);
                case EDITOR -> new Cast(lab.engineer, lab.pi, colleague);
                case LAST_EDITOR -> new Cast(lab.engineer, colleague, lab.pi);
                case UNINVOLVED -> new Cast(lab.engineer, colleague, lab.engineer);
            };
        }
    }

    private static final Map<String, BiFunction<Lab, Cast, Command>> DECISIONS = decisions();

    @Test
    void aPiMayDecideExactlyWhereTheTableSays() {
        Map<String, Map<Part, String>> expected = parse();
        assertThat(expected.keySet()).containsExactlyElementsOf(DECISIONS.keySet());
        List<String> mismatches = new ArrayList<>();
        expected.forEach((decision, row) -> row.forEach((part, cell) -> {
            Lab lab = new Lab();
            Actor colleague = lab.actor(Role.ENGINEER, "Cleo Colleague");
            Command command = DECISIONS.get(decision).apply(lab, Cast.of(part, lab, colleague));
            String actual = cellOf(lab.handle(command, lab.pi));
            if (!actual.equals(cell)) {
                mismatches.add(decision + " by the PI as " + part + ": expected " + cell + " but got " + actual);
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    private static String cellOf(Outcome outcome) {
        if (outcome instanceof Applied) {
            return "X";
        }
        if (outcome instanceof Rejected rejected && rejected.code() == RejectionCode.SELF_APPROVAL) {
            return "A";
        }
        if (outcome instanceof Rejected rejected && rejected.code() == RejectionCode.EDITOR_APPROVAL) {
            return "E";
        }
        return outcome.toString();
    }

    private static Map<String, BiFunction<Lab, Cast, Command>> decisions() {
        Map<String, BiFunction<Lab, Cast, Command>> decisions = new LinkedHashMap<>();
        decisions.put("ApproveRecipe", (lab, cast) -> {
            Recipe draft = editedRecipe(lab, cast);
            return new ApproveRecipe(lab.meta(lab.pi), draft.id(), Ids.newId(), null, draft.rowVersion());
        });
        decisions.put("RetireRecipe", (lab, cast) -> {
            Recipe draft = editedRecipe(lab, cast);
            applied(
                    lab,
                    new ApproveRecipe(lab.meta(lab.admin), draft.id(), Ids.newId(), null, draft.rowVersion()),
                    lab.admin);
            Recipe approved = lab.state.recipe(draft.id()).orElseThrow();
            return new RetireRecipe(lab.meta(lab.pi), draft.id(), Ids.newId(), "superseded", approved.rowVersion());
        });
        decisions.put("ApproveSop", (lab, cast) -> {
            Sop draft = editedSop(lab, cast);
            return new ApproveSop(lab.meta(lab.pi), draft.id(), draft.rowVersion());
        });
        for (SignatureMeaning meaning : SignatureMeaning.values()) {
            decisions.put("SignElnEntry:" + meaning.name().toLowerCase(Locale.ROOT), (lab, cast) -> {
                ElnEntry entry = editedEntry(lab, cast);
                return new SignElnEntry(
                        lab.meta(lab.pi), Ids.newId(), entry.id(), meaning, SignedContent.sha256(entry));
            });
        }
        return decisions;
    }

    private static Recipe editedRecipe(Lab lab, Cast cast) {
        CreateRecipe create = new CreateRecipe(
                lab.meta(cast.author()),
                Ids.newId(),
                "CV sweep",
                InstrumentKind.SMU,
                JsonObjects.empty().put("step_v", 0.1),
                null,
                null);
        applied(lab, create, cast.author());
        for (Actor editor : List.of(cast.firstEditor(), cast.lastEditor())) {
            Recipe current = lab.state.recipe(create.recipeId()).orElseThrow();
            applied(
                    lab,
                    new EditRecipeDraft(
                            lab.meta(editor),
                            current.id(),
                            new FieldChange<>(current.name(), current.name() + "'"),
                            null,
                            null),
                    editor);
        }
        return lab.state.recipe(create.recipeId()).orElseThrow();
    }

    /**
     * SOP drafts have no edit command yet; the draft is stored as the edits would leave it, which
     * is what the rule reads.
     */
    private static Sop editedSop(Lab lab, Cast cast) {
        CreateSopDraft create = new CreateSopDraft(lab.meta(cast.author()), Ids.newId(), "Wafer cleaving", "", null);
        applied(lab, create, cast.author());
        Sop written = lab.state.sop(create.sopId()).orElseThrow();
        Sop edited = new Sop(
                written.id(),
                written.organizationId(),
                written.title(),
                written.version(),
                written.status(),
                "# Steps\n1. Score the wafer.",
                written.authorId(),
                List.of(cast.firstEditor().userId(), cast.lastEditor().userId()),
                null,
                null,
                null,
                written.createdAt(),
                Lab.NOW,
                null,
                written.rowVersion() + 2,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        lab.state.put(edited);
        return edited;
    }

    private static ElnEntry editedEntry(Lab lab, Cast cast) {
        WriteElnEntry write = new WriteElnEntry(
                lab.meta(cast.author()), Ids.newId(), "Anneal", "400 C, 30 min.", List.of(), List.of());
        applied(lab, write, cast.author());
        for (Actor editor : List.of(cast.firstEditor(), cast.lastEditor())) {
            ElnEntry current = lab.state.elnEntry(write.entryId()).orElseThrow();
            applied(
                    lab,
                    new EditElnEntry(
                            lab.meta(editor),
                            current.id(),
                            null,
                            new FieldChange<>(current.bodyMarkdown(), current.bodyMarkdown() + " Checked.")),
                    editor);
        }
        return lab.state.elnEntry(write.entryId()).orElseThrow();
    }

    private static void applied(Lab lab, Command command, Actor actor) {
        assertThat(lab.handle(command, actor)).as("setting up with %s", command).isInstanceOf(Applied.class);
    }

    private static Map<String, Map<Part, String>> parse() {
        Map<String, Map<Part, String>> rows = new LinkedHashMap<>();
        MATRIX.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] cells = line.split("\\s+");
                    assertThat(cells).as("row %s", line).hasSize(Part.values().length + 1);
                    Map<Part, String> row = new LinkedHashMap<>();
                    for (Part part : Part.values()) {
                        row.put(part, cells[part.ordinal() + 1]);
                    }
                    assertThat(rows.put(cells[0], row))
                            .as("duplicate row %s", cells[0])
                            .isNull();
                });
        return rows;
    }
}
