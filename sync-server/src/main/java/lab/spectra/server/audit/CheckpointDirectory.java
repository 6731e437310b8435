package lab.spectra.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import lab.spectra.model.audit.AuditCheckpoint;

/**
 * Signed audit checkpoints as files outside the database: {@code <organization>/<entry number>.jws},
 * one statement per file, written once and never replaced. The directory is the anchor an owner
 * of the database cannot reach; point it at storage of its own (another disk, a mounted
 * write-once share) for the strongest guarantee.
 */
public final class CheckpointDirectory {

    static final String SUFFIX = ".jws";
    static final String DECLARATION_SUFFIX = ".declaration";
    private static final String RESTORES = "restores";

    private final Path root;

    public CheckpointDirectory(Path root) {
        this.root = root.toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    /**
     * Writes the checkpoint unless a file for that entry exists already (another server instance
     * sharing the directory may have written it first): the first statement stays.
     */
    public void write(AuditCheckpoint checkpoint) {
        Path directory = root.resolve(checkpoint.organizationId().toString());
        Path file = directory.resolve(String.format(Locale.ROOT, "%019d", checkpoint.sequence()) + SUFFIX);
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                if (Files.readString(file, StandardCharsets.US_ASCII).strip().equals(checkpoint.compact())) {
                    return;
                }
                // The data was restored to before this entry was first checkpointed (ADR 0040): the
                // earlier statement stays, superseded by the restore's declaration, and this one joins it.
                file = directory.resolve(String.format(
                                Locale.ROOT,
                                "%019d-%s",
                                checkpoint.sequence(),
                                checkpoint.signedAt().toEpochMilli())
                        + SUFFIX);
                if (Files.exists(file)) {
                    return;
                }
            }
            Path temporary = Files.createTempFile(directory, ".checkpoint-", ".tmp");
            try {
                Files.writeString(temporary, checkpoint.compact() + "\n", StandardCharsets.US_ASCII);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint " + file, e);
        }
    }

    /** Keeps a restore's declaration ({@code restores/<epoch>.declaration}), never replacing one. */
    public void write(RestoreDeclaration declaration) {
        Path directory = root.resolve(RESTORES);
        Path file = directory.resolve(declaration.epochId() + DECLARATION_SUFFIX);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".declaration-", ".tmp");
            try {
                Files.writeString(temporary, declaration.compact() + "\n", StandardCharsets.US_ASCII);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the restore declaration " + file, e);
        }
    }

    /** Every restore declaration under {@code directory}, unverified. */
    public static List<String> declarationsUnder(Path directory) {
        return statementsUnder(directory, DECLARATION_SUFFIX);
    }

    /** The organizations that have a folder here, e.g. to look at again after a restart. */
    public List<UUID> organizations() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<UUID> organizations = new ArrayList<>();
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).forEach(child -> {
                try {
                    organizations.add(UUID.fromString(child.getFileName().toString()));
                } catch (IllegalArgumentException notAnOrganization) {
                    // Someone else's folder; not ours to read.
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the audit checkpoints in " + root, e);
        }
        return organizations;
    }

    /**
     * Every statement in a {@code .jws} file anywhere under {@code directory}, unverified: this
     * server's own folder, or checkpoints exported from a bench PC.
     */
    public static List<String> statementsUnder(Path directory) {
        return statementsUnder(directory, SUFFIX);
    }

    private static List<String> statementsUnder(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> statements = new ArrayList<>();
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(suffix))
                    .sorted()::iterator) {
                statements.add(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints under " + directory, e);
        }
    }

    /**
     * Puts the finished file in place without ever replacing one: a hard link fails if the name is
     * taken (atomically); where links are not supported, a move that does not replace.
     */
    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException written) {
            // Written meanwhile by another instance sharing the directory; the first one stays.
        } catch (UnsupportedOperationException | IOException noLinks) {
            try {
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException written) {
                // As above.
            }
        }
    }
}
