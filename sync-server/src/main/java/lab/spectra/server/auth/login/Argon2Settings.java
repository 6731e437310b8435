package lab.spectra.server.auth.login;

/**
 * Cost parameters of Argon2id password hashing.
 *
 * <p>The floor is OWASP's Password Storage Cheat Sheet: its weakest listed Argon2id configuration
 * is m=7 MiB with t=5, and every listed configuration spends at least about 35,000 KiB-passes
 * (memory times iterations). Anything cheaper is refused, so a test or a misconfigured server
 * cannot quietly store weak hashes.
 *
 * @param memoryKiB   memory per hash in KiB
 * @param iterations  passes over that memory
 * @param parallelism lanes; 1 keeps a login from occupying several cores of a small server
 */
public record Argon2Settings(int memoryKiB, int iterations, int parallelism) {

    /** OWASP's first recommendation for Argon2id: 19 MiB, 2 passes, 1 lane. */
    public static final Argon2Settings OWASP_MINIMUM = new Argon2Settings(19_456, 2, 1);

    private static final int MIN_MEMORY_KIB = 7_168;
    private static final long MIN_MEMORY_TIMES_ITERATIONS = 35_840L;
    // Upper bounds guard against a corrupted or hostile stored hash making one login allocate
    // gigabytes or spin for minutes.
    static final int MAX_MEMORY_KIB = 1 << 20;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    public Argon2Settings {
        if (memoryKiB < MIN_MEMORY_KIB
                || iterations < 1
                || parallelism < 1
                || (long) memoryKiB * iterations < MIN_MEMORY_TIMES_ITERATIONS) {
            throw new IllegalArgumentException("Argon2id settings m=" + memoryKiB + " KiB, t=" + iterations + ", p="
                    + parallelism + " are weaker than OWASP's minimum (e.g. m=19456 KiB, t=2, p=1)");
        }
        if (!withinUpperBounds(memoryKiB, iterations, parallelism)) {
            throw new IllegalArgumentException("Argon2id settings m=" + memoryKiB + " KiB, t=" + iterations
                    + ", p=" + parallelism + " exceed the supported maximum (m=" + MAX_MEMORY_KIB + " KiB, t="
                    + MAX_ITERATIONS + ", p=" + MAX_PARALLELISM + ")");
        }
    }

    static boolean withinUpperBounds(int memoryKiB, int iterations, int parallelism) {
        return memoryKiB <= MAX_MEMORY_KIB && iterations <= MAX_ITERATIONS && parallelism <= MAX_PARALLELISM;
    }
}
