package io.newsdesk.fetch;

import java.io.IOException;

/** Raised inside the HTTP client when every address of a host is refused by the address policy. */
final class AddressRefusedException extends IOException {

    AddressRefusedException(String message) {
        super(message);
    }
}
