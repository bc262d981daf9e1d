package io.newsdesk.service.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters.Builder;

/**
 * Hashes passwords with Argon2id into the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, unpadded base64), which names its own
 * parameters so that they can be raised without invalidating existing hashes.
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int VERSION = org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final Argon2Parameters parameters;

    /** @param parameters the cost of new hashes */
    public PasswordHasher(Argon2Parameters parameters) {
        this.parameters = parameters;
    }

    /** A new hash of {@code password} with a fresh random salt. */
    public String hash(String password) {
        byte[] salt = Secrets.randomBytes(SALT_BYTES);
        byte[] hash = derive(password, salt, parameters, HASH_BYTES);
        return "$argon2id$v=" + VERSION + "$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations()
                + ",p=" + parameters.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code encoded} was made from; compared in constant time.
     * A malformed or unsupported hash matches no password.
     */
    public boolean verify(String password, String encoded) {
        Optional<Decoded> decoded = decode(encoded);
        if (decoded.isEmpty()) {
            return false;
        }
        Decoded d = decoded.get();
        byte[] actual = derive(password, d.salt, d.parameters, d.hash.length);
        return MessageDigest.isEqual(actual, d.hash);
    }

    /** Whether {@code encoded} should be replaced by a hash with the current, higher, costs. */
    public boolean needsRehash(String encoded) {
        return decode(encoded).map(d -> d.parameters.weakerThan(parameters)).orElse(true);
    }

    private static byte[] derive(String password, byte[] salt, Argon2Parameters parameters, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Builder(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(VERSION)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    private record Decoded(Argon2Parameters parameters, byte[] salt, byte[] hash) {}

    private static Optional<Decoded> decode(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        Matcher m = ENCODED.matcher(encoded);
        if (!m.matches() || Integer.parseInt(m.group(1)) != VERSION) {
            return Optional.empty();
        }
        try {
            Argon2Parameters parameters = new Argon2Parameters(
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return Optional.of(new Decoded(parameters, B64_DECODER.decode(m.group(5)), B64_DECODER.decode(m.group(6))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
