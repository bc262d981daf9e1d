package io.newsdesk.service.websub;

import io.newsdesk.store.WebSubSubscription;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.jetty.util.Fields;

/** Sends subscription and unsubscription requests to hubs and says how the hub took them. */
final class HubRequests {

    /** What to ask the hub. */
    enum Mode {
        SUBSCRIBE,
        UNSUBSCRIBE;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How the hub took a request.
     *
     * @param error why it was not accepted, or {@code null} when it was (the hub will now verify it)
     */
    record Outcome(String error) {
        boolean accepted() {
            return error == null;
        }
    }

    private final HubClient client;
    private final PublicUrl publicUrl;
    private final Duration lease;

    /**
     * @param lease the lease to ask for; hubs may grant another
     */
    HubRequests(HubClient client, PublicUrl publicUrl, Duration lease) {
        this.client = client;
        this.publicUrl = publicUrl;
        this.lease = lease;
    }

    /**
     * Sends the request. The secret goes with every subscription request, whether the hub is
     * reached over HTTPS or not: every delivery must be signed, and over plain HTTP the secret is
     * no more exposed than the callback URL that travels with it.
     */
    Outcome send(Mode mode, WebSubSubscription subscription) {
        Fields form = new Fields();
        form.put("hub.mode", mode.code());
        form.put("hub.topic", subscription.topicUrl());
        form.put("hub.callback", publicUrl.callback(subscription.callbackId()));
        if (mode == Mode.SUBSCRIBE) {
            form.put("hub.lease_seconds", Long.toString(lease.toSeconds()));
            form.put("hub.secret", subscription.secret());
        }
        try {
            HubClient.Response response = client.postForm(subscription.hubUrl(), form);
            // The spec asks for 202 Accepted; some hubs answer 204 or 200 for the same thing.
            return new Outcome(response.successful() ? null
                    : "the hub refused the " + mode.code() + " request: " + response.failure());
        } catch (HubException e) {
            return new Outcome(e.getMessage());
        }
    }
}
