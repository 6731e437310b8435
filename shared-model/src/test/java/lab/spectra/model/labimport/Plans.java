package lab.spectra.model.labimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.id.Ids;

/** Plans of small files for the tests, with one material ("Silicon") in the lab. */
final class Plans {

    static final UUID SILICON = UUID.fromString("00000000-0000-7000-8000-0000000051a1");
    static final UUID IMPORTER = UUID.fromString("00000000-0000-7000-8000-00000000ad01");

    private Plans() {}

    static ImportPlan of(LabRecordKind kind, String file) {
        return of(kind, file.getBytes(StandardCharsets.UTF_8));
    }

    static ImportPlan of(LabRecordKind kind, byte[] file) {
        LabRecordsPlanner planner = new LabRecordsPlanner(
                () -> new CommandMeta(Ids.newId(), IMPORTER, Ids.newId(), Instant.parse("2026-11-30T10:00:00Z")),
                name -> name.toLowerCase(Locale.ROOT).equals("silicon") ? Optional.of(SILICON) : Optional.empty());
        return planner.plan(kind, file);
    }

    static ImportPlan.Refused refused(LabRecordKind kind, String file) {
        ImportPlan plan = of(kind, file);
        assertThat(plan).isInstanceOf(ImportPlan.Refused.class);
        return (ImportPlan.Refused) plan;
    }

    static ImportPlan.Ready ready(LabRecordKind kind, String file) {
        ImportPlan plan = of(kind, file);
        assertThat(plan).isInstanceOf(ImportPlan.Ready.class);
        return (ImportPlan.Ready) plan;
    }
}
