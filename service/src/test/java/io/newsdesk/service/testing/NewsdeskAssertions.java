package io.newsdesk.service.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.service.NewsdeskException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the service's way of failing: a {@link NewsdeskException} of a kind. */
public final class NewsdeskAssertions {

    private NewsdeskAssertions() {}

    /** Asserts that the call fails with a {@link NewsdeskException} of the kind; chain message checks. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertFailsWith(
            NewsdeskException.Kind kind, ThrowingCallable call) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(
                NewsdeskException.class, e -> assertThat(e.kind()).as("kind of: " + e.getMessage()).isEqualTo(kind));
    }
}
