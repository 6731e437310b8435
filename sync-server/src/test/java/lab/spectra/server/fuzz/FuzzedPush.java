package lab.spectra.server.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.auth.Actor;

/**
 * One fuzz input as it is pushed: who pushes, the body's bytes as sent, the same body as JSON
 * (for the checks to read the commands from), and the ids minted for this input alone.
 */
record FuzzedPush(Actor pusher, byte[] body, ObjectNode json, Set<UUID> mintedIds) {}
