package lab.spectra.server.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.server.config.ServerConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * File content in a bucket of an S3-compatible object store (ADR 0020). Each organization's files
 * live under a prefix of their own, {@code organizations/<id>/sha256/<hash>}: the same bytes in two
 * labs are two objects. The bucket holds only bytes; the rows saying which lab has which file stay
 * in the database under row-level security, so tenancy is decided there, never by the bucket.
 *
 * <p>An object is written under its final name only after the upload hashed right, before the
 * database transaction that records it ends; if that transaction fails, {@link #discard} removes
 * the object again. Files larger than one piece go as a multipart upload, one piece in memory at a
 * time (the JDK's HTTP connection would otherwise buffer a whole body), and the bytes sent are
 * hashed again on the way, so an object that is not exactly the announced file is never kept.
 */
public final class S3ContentStore implements FileContentStore, AutoCloseable {

    /** The size of the pieces a large file is sent in: S3 wants at least 5 MiB but the last. */
    static final int PIECE_BYTES = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    S3ContentStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /** A store on the configured bucket, path-style at its endpoint, with its static credentials. */
    public static S3ContentStore connect(ServerConfig.S3Bucket settings) {
        S3Client client = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(true)
                // Integrity is ours (the SHA-256 of every file, checked before and while sending);
                // the SDK's own default checksums are not understood by every S3-compatible store.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .build();
        return new S3ContentStore(client, settings.bucket());
    }

    @Override
    public String name() {
        return "s3";
    }

    /** Fails, saying why, unless the bucket can be reached with the configured credentials. */
    public void checkReachable() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (SdkException e) {
            throw new IllegalStateException("The S3 bucket " + bucket + " cannot be reached: " + e.getMessage(), e);
        }
    }

    static String objectKey(UUID organizationId, String contentSha256) {
        return "organizations/" + organizationId + "/sha256/" + contentSha256;
    }

    @Override
    public void store(
            Connection transaction, UUID organizationId, String contentSha256, long sizeBytes, FileContent content)
            throws IOException {
        String key = objectKey(organizationId, contentSha256);
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(content.open(transaction), digest)) {
            if (sizeBytes <= PIECE_BYTES) {
                byte[] bytes = in.readNBytes(PIECE_BYTES);
                requireHash(contentSha256, sizeBytes, digest, bytes.length);
                s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
            } else {
                putInPieces(key, contentSha256, sizeBytes, in, digest);
            }
        } catch (SdkException e) {
            throw new IOException("Cannot write " + key + " to the S3 bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    private void putInPieces(String key, String contentSha256, long sizeBytes, InputStream in, MessageDigest digest)
            throws IOException {
        String uploadId = s3.createMultipartUpload(
                        request -> request.bucket(bucket).key(key))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long sent = 0;
            byte[] piece = in.readNBytes(PIECE_BYTES);
            while (piece.length > 0) {
                int number = parts.size() + 1;
                sent += piece.length;
                byte[] next = in.readNBytes(PIECE_BYTES);
                if (next.length == 0) {
                    // Checked before the last piece goes: an object that hashes wrong is never completed.
                    requireHash(contentSha256, sizeBytes, digest, sent);
                }
                UploadPartResponse uploaded = s3.uploadPart(
                        request -> request.bucket(bucket)
                                .key(key)
                                .uploadId(uploadId)
                                .partNumber(number),
                        RequestBody.fromBytes(piece));
                parts.add(CompletedPart.builder()
                        .partNumber(number)
                        .eTag(uploaded.eTag())
                        .build());
                piece = next;
            }
            s3.completeMultipartUpload(request ->
                    request.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException e) {
            abortQuietly(key, uploadId, e);
            throw e;
        }
    }

    private void abortQuietly(String key, String uploadId, Exception cause) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException abortFailure) {
            // The bucket's lifecycle rule for incomplete multipart uploads clears it (docs/production.md).
            cause.addSuppressed(abortFailure);
        }
    }

    private static void requireHash(String contentSha256, long sizeBytes, MessageDigest digest, long read)
            throws IOException {
        String actual = HexFormat.of().formatHex(digest.digest());
        if (read != sizeBytes || !actual.equals(contentSha256)) {
            throw new IOException("The content read for the bucket (" + read + " bytes, SHA-256 " + actual
                    + ") is not the file " + contentSha256 + " of " + sizeBytes + " bytes");
        }
    }

    @Override
    public boolean holds(UUID organizationId, String contentSha256) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(objectKey(organizationId, contentSha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void copyTo(UUID organizationId, FileUploads.StoredFile file, OutputStream out) throws IOException {
        String key = objectKey(organizationId, file.contentSha256());
        try (ResponseInputStream<GetObjectResponse> object =
                s3.getObject(request -> request.bucket(bucket).key(key))) {
            object.transferTo(out);
        } catch (NoSuchKeyException e) {
            throw new IllegalStateException(
                    "The content of " + file.contentSha256() + " is missing from the bucket " + bucket + " (" + key
                            + ")",
                    e);
        }
    }

    @Override
    public void discard(UUID organizationId, String contentSha256) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(organizationId, contentSha256)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
