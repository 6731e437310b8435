package lab.spectra.desktop.inbox;

import java.util.UUID;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.json.JsonObjects;
import lab.spectra.model.recipe.CreateRecipe;
import lab.spectra.model.recipe.SubmitRecipe;
import lab.spectra.server.testing.ServerLab;

/** A recipe draft the lab's engineer wrote and submitted for a PI's decision. */
final class SubmittedDrafts {

    private SubmittedDrafts() {}

    /** An SMU sweep drafted and submitted by the engineer; returns its id. */
    static UUID sweep(ServerLab lab, ServerLab.Org org, String name) {
        CreateRecipe draft = new CreateRecipe(
                lab.meta(org.engineer()),
                Ids.newId(),
                name,
                InstrumentKind.SMU,
                JsonObjects.empty()
                        .put("start_v", -1)
                        .put("stop_v", 1)
                        .put("step_v", 0.01)
                        .put("compliance_a", 0.001),
                null,
                null);
        ServerLab.expectApplied(lab.run(draft, org.engineer()));
        ServerLab.expectApplied(
                lab.run(new SubmitRecipe(lab.meta(org.engineer()), draft.recipeId(), 1L), org.engineer()));
        return draft.recipeId();
    }
}
