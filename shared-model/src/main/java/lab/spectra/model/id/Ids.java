package lab.spectra.model.id;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * Primary keys for every record. They are time-ordered (UUID version 7) so that a bench PC can
 * create records while offline without coordinating with the server, and the keys still index
 * well in PostgreSQL and H2 (new keys land at the end of the B-tree, not at random pages).
 */
public final class Ids {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {}

    public static UUID newId() {
        return GENERATOR.generate();
    }
}
