package io.newsdesk.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final Argon2Parameters SMALL = new Argon2Parameters(64, 1, 1);
    private final PasswordHasher hasher = new PasswordHasher(SMALL);

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void hashesMadeWithOtherCostsAndUnicodePasswordsVerify() {
        String hash = new PasswordHasher(new Argon2Parameters(128, 3, 2)).hash("pässwörd ✓");
        assertThat(hasher.verify("pässwörd ✓", hash)).isTrue();
        assertThat(hasher.verify("passwo rd", hash)).isFalse();
    }

    @Test
    void malformedOrForeignHashesMatchNothing() {
        assertThat(hasher.verify("x", null)).isFalse();
        assertThat(hasher.verify("x", "")).isFalse();
        assertThat(hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.verify("x", "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaA")).isFalse();
        // Costs beyond what a server could give are refused rather than computed.
        assertThat(hasher.verify("x", "$argon2id$v=19$m=999999999,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
    }

    @Test
    void weakerHashesAreMarkedForReplacement() {
        String weak = hasher.hash("password one");
        PasswordHasher stronger = new PasswordHasher(new Argon2Parameters(128, 2, 1));

        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(stronger.verify("password one", weak)).isTrue();
        assertThat(hasher.needsRehash(weak)).isFalse();
        assertThat(hasher.needsRehash("not a hash")).isTrue();
    }
}
