package lab.spectra.desktop.sync;

import java.time.Duration;
import java.util.Optional;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.net.WorkstationRevokedException;
import lab.spectra.desktop.update.UpdateAvailable;
import lab.spectra.model.protocol.BenchVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the server, from the sync thread, which bench release the lab announces, at most once per
 * {@link #EVERY}: a lab publishes a release rarely, and the answer is the same for every sync of
 * the hour. What it offers is kept between the times it asks.
 */
public final class ReleaseWatch {

    public static final Duration EVERY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatch.class);

    private final SyncClient client;
    private final Optional<BenchVersion> thisBench;
    private Optional<UpdateAvailable> offered = Optional.empty();
    /** When the server last answered (System.nanoTime); empty until it has. */
    private Long answeredAt;

    /** @param thisBench the release this bench is; a bench that does not know it is offered nothing */
    public ReleaseWatch(SyncClient client, Optional<BenchVersion> thisBench) {
        this.client = client;
        this.thisBench = thisBench;
    }

    /**
     * The newer release the lab offers this bench, asked of the server when the last answer is an
     * hour old. Asking never fails a sync: a server out of reach is asked again at the next one.
     */
    Optional<UpdateAvailable> offered() {
        long now = System.nanoTime();
        if (answeredAt != null && now - answeredAt < EVERY.toNanos()) {
            return offered;
        }
        try {
            offered = UpdateAvailable.in(client.releases(), thisBench);
        } catch (WorkstationRevokedException e) {
            throw e;
        } catch (ServerRefusedException e) {
            // A server from before issue 22 has no release page: it announces nothing.
            offered = Optional.empty();
        } catch (ServerUnreachableException e) {
            LOG.info("The lab's bench release could not be asked now: {}", e.getMessage());
            return offered;
        }
        answeredAt = now;
        return offered;
    }
}
