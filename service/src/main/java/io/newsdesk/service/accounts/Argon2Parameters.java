package io.newsdesk.service.accounts;

/**
 * The cost of one Argon2id password hash. They are written into every hash, so they can be raised
 * later: hashes made with lower costs still verify and are replaced at the user's next sign-in.
 *
 * @param memoryKiB memory per hash, in KiB
 * @param iterations passes over that memory
 * @param parallelism lanes
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {

    /**
     * 19 MiB, 2 passes, 1 lane: OWASP's minimum recommendation for Argon2id, which costs about
     * 45 ms per sign-in on this project's 2-core machine ({@code bench/run-signin.sh}).
     */
    public static final Argon2Parameters DEFAULT = new Argon2Parameters(19 * 1024, 2, 1);

    /** Bounds that keep a hash read from the database from costing more than a server can give. */
    static final int MAX_MEMORY_KIB = 1024 * 1024;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    /** @throws IllegalArgumentException when a cost is below Argon2's minimum or above the bounds */
    public Argon2Parameters {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1 to " + MAX_PARALLELISM);
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be 8×parallelism to " + MAX_MEMORY_KIB + " KiB");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2 iterations must be 1 to " + MAX_ITERATIONS);
        }
    }

    /** Whether a hash made with these parameters is weaker than one made with {@code target}'s. */
    boolean weakerThan(Argon2Parameters target) {
        return memoryKiB < target.memoryKiB || iterations < target.iterations || parallelism < target.parallelism;
    }
}
