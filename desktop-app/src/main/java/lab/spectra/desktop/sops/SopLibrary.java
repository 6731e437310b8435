package lab.spectra.desktop.sops;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sop.Sop;
import lab.spectra.model.sop.SopApproval;

/**
 * The SOP library's data as read in one go; what the detail pane shows is derived from it, so
 * selecting an SOP reads nothing more.
 */
public record SopLibrary(
        List<Sop> sops,
        List<SopApproval> decisions,
        List<Recipe> recipes,
        List<Instrument> instruments,
        List<Attachment> documents,
        Map<UUID, String> people) {

    public static final SopLibrary EMPTY =
            new SopLibrary(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

    public SopLibrary {
        sops = List.copyOf(sops);
        decisions = List.copyOf(decisions);
        recipes = List.copyOf(recipes);
        instruments = List.copyOf(instruments);
        documents = List.copyOf(documents);
        people = Map.copyOf(people);
    }

    public String nameOf(UUID person) {
        return person == null ? "" : people.getOrDefault(person, "someone no longer listed");
    }

    /** Every version of the SOP's lineage shown here, oldest first. */
    public List<Sop> lineageOf(Sop sop) {
        return sops.stream()
                .filter(other -> other.lineageId().equals(sop.lineageId()))
                .sorted(Comparator.comparingInt(Sop::version))
                .toList();
    }

    public List<SopApproval> decisionsOn(UUID sopId) {
        return decisions.stream()
                .filter(decision -> decision.sopId().equals(sopId))
                .toList();
    }

    /** The recipes that link this SOP and are not retired. */
    public List<Recipe> recipesFollowing(Sop sop) {
        return recipes.stream()
                .filter(recipe -> recipe.status() != ApprovalStatus.RETIRED)
                .filter(recipe -> recipe.sopIds().contains(sop.id()))
                .toList();
    }

    /** The instruments of the kinds those recipes are for. */
    public List<Instrument> instrumentsFollowing(Sop sop) {
        Set<InstrumentKind> kinds =
                recipesFollowing(sop).stream().map(Recipe::instrumentKind).collect(Collectors.toSet());
        return instruments.stream()
                .filter(instrument -> kinds.contains(instrument.kind()))
                .toList();
    }

    /** The PDF attached to the SOP, the newest if there are several. */
    public Optional<Attachment> pdfOf(Sop sop) {
        return documents.stream()
                .filter(file -> sop.id().equals(file.recordId()))
                .filter(SopLibrary::isPdf)
                .reduce((first, second) -> second);
    }

    private static boolean isPdf(Attachment file) {
        return "application/pdf".equalsIgnoreCase(file.mediaType())
                || file.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }
}
