package io.newsdesk.service.websub;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.websub.HubSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NotEmpty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HubSignatureTest {

    private static final String SECRET = "9f2c1d0e8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6";
    private static final byte[] BODY = "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"sha1", "sha256", "sha384", "sha512"})
    void acceptsEachMethodTheSpecNames(String method) {
        assertThat(HubSignature.check(Signing.signature(method, BODY, SECRET), BODY, SECRET)).isEqualTo(Verdict.VALID);
    }

    @Test
    void readsTheMethodAndDigitsWhateverTheirCase() {
        String signature = Signing.signature("sha256", BODY, SECRET);
        assertThat(HubSignature.check(signature.toUpperCase(Locale.ROOT), BODY, SECRET)).isEqualTo(Verdict.VALID);
        assertThat(HubSignature.check(" " + signature + " ", BODY, SECRET)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aSignatureWithAnotherSecretOrOfAnotherBodyDoesNotMatch() {
        assertThat(HubSignature.check(Signing.signature("sha256", BODY, "other"), BODY, SECRET))
                .isEqualTo(Verdict.MISMATCH);
        byte[] tampered = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(HubSignature.check(Signing.signature("sha256", BODY, SECRET), tampered, SECRET))
                .isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aMissingUnknownOrMalformedSignatureIsNotValid() {
        assertThat(HubSignature.check(null, BODY, SECRET)).isEqualTo(Verdict.MISSING);
        assertThat(HubSignature.check("  ", BODY, SECRET)).isEqualTo(Verdict.MISSING);
        assertThat(HubSignature.check("md5=0123abcd", BODY, SECRET)).isEqualTo(Verdict.UNKNOWN_METHOD);
        assertThat(HubSignature.check("0123abcd", BODY, SECRET)).isEqualTo(Verdict.UNKNOWN_METHOD);
        assertThat(HubSignature.check("sha256=not-hex", BODY, SECRET)).isEqualTo(Verdict.MISMATCH);
        assertThat(HubSignature.check("sha256=", BODY, SECRET)).isEqualTo(Verdict.MISMATCH);
        String truncated = Signing.signature("sha256", BODY, SECRET);
        assertThat(HubSignature.check(truncated.substring(0, truncated.length() - 2), BODY, SECRET))
                .isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void everyVerdictButValidSaysWhyTheDeliveryWasIgnored() {
        assertThat(Verdict.VALID.problem()).isNull();
        assertThat(Verdict.MISSING.problem()).contains("without a signature");
        assertThat(Verdict.UNKNOWN_METHOD.problem()).contains("unknown method");
        assertThat(Verdict.MISMATCH.problem()).contains("does not match");
    }

    @Property
    void whatTheHubSignedIsValidAndAnyChangedByteIsNot(
            @ForAll byte[] body, @ForAll @NotEmpty String secret, @ForAll @IntRange(min = 0, max = 1000) int position) {
        String signature = Signing.signature("sha256", body, secret);
        assertThat(HubSignature.check(signature, body, secret)).isEqualTo(Verdict.VALID);
        if (body.length > 0) {
            byte[] changed = body.clone();
            changed[position % body.length] ^= 0x01;
            assertThat(HubSignature.check(signature, changed, secret)).isEqualTo(Verdict.MISMATCH);
        }
    }
}
