package lab.spectra.model.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;

/**
 * A command's hash and its author's signature of it (ADR 0012). The hash covers the whole command
 * as it travels - type, arguments and meta including the time receipt, the chain position and the
 * previous command's hash - except the signature itself; so each hash commits to every earlier
 * command of the chain, and one verified signature vouches for all commands before it.
 */
public final class CommandSeals {

    public static final String TYPE = "spectra-command+jws";
    private static final byte[] DOMAIN = "spectra-command-v1\n".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final ObjectMapper mapper;

    /** @param mapper the product's JSON dialect ({@code DomainJson}), the same on both sides */
    public CommandSeals(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The SHA-256 of the command as it travels, without its signature, in lower-case hex. */
    public String hash(Command command) {
        JsonNode tree;
        try {
            tree = mapper.readTree(mapper.writerFor(Command.class).writeValueAsBytes(command));
        } catch (IOException e) {
            throw new IllegalStateException("A command could not be written as JSON", e);
        }
        if (tree.get("meta") instanceof ObjectNode meta) {
            meta.remove("signature");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(DOMAIN);
            return HexFormat.of().formatHex(digest.digest(CanonicalJson.bytes(tree)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** A signed command and its hash (the hash does not cover the signature, so it is the chained command's). */
    public record Signed(Command command, String hash) {}

    /** The command signed with its author's device key; its meta must already be chained. */
    public Command sign(Command chained, ECKey deviceKey) {
        return signWithHash(chained, deviceKey).command();
    }

    /** As {@link #sign}, also giving the hash the next command of the chain refers to. */
    public Signed signWithHash(Command chained, ECKey deviceKey) {
        CommandMeta meta = chained.meta();
        if (meta.keyId() == null || meta.sequence() == null || meta.previousHash() == null) {
            throw new IllegalArgumentException("Only a command placed in its author's chain can be signed");
        }
        if (!meta.keyId().equals(deviceKey.getKeyID())) {
            throw new IllegalArgumentException(
                    "The command names key " + meta.keyId() + ", not " + deviceKey.getKeyID());
        }
        String hash = hash(chained);
        ObjectNode payload =
                PLAIN.createObjectNode().put("cmd", meta.commandId().toString()).put("hash", hash);
        String jws = SignedStatements.sign(deviceKey, TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
        return new Signed(chained.withMeta(meta.withSignature(jws)), hash);
    }

    /** Whether the command's signature is its named key's signature of exactly this command. */
    public boolean verify(Command command, ECKey devicePublicKey) {
        return verifiedHash(command, devicePublicKey).isPresent();
    }

    /** The command's hash, when its signature holds for it. */
    public Optional<String> verifiedHash(Command command, ECKey devicePublicKey) {
        CommandMeta meta = command.meta();
        if (meta.signature() == null || meta.keyId() == null || !meta.keyId().equals(devicePublicKey.getKeyID())) {
            return Optional.empty();
        }
        Optional<byte[]> payload =
                SignedStatements.verify(meta.signature(), TYPE, keyId -> Optional.of(devicePublicKey));
        if (payload.isEmpty()) {
            return Optional.empty();
        }
        String hash = hash(command);
        try {
            JsonNode claims = PLAIN.readTree(payload.get());
            boolean matches = claims != null
                    && claims.path("cmd").asText().equals(meta.commandId().toString())
                    && MessageDigest.isEqual(
                            claims.path("hash").asText().getBytes(StandardCharsets.UTF_8),
                            hash.getBytes(StandardCharsets.UTF_8));
            return matches ? Optional.of(hash) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a text is shaped like one of our hashes (64 lower-case hex digits). */
    public static boolean isHash(String text) {
        return text != null
                && text.length() == 64
                && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
