package io.newsdesk.service.websub;

import io.newsdesk.fetch.AddressPolicy;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Hands the HTTP client only the addresses the {@link AddressPolicy} allows, so a hub or topic
 * URL chosen by a feed's publisher cannot make Newsdesk post to its own network. The client
 * connects to exactly these addresses: there is no second lookup to rebind.
 */
final class AddressPolicyResolver implements SocketAddressResolver {

    private final SocketAddressResolver dns;
    private final AddressPolicy policy;

    AddressPolicyResolver(SocketAddressResolver dns, AddressPolicy policy) {
        this.dns = dns;
        this.policy = policy;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        dns.resolve(host, port, context, Promise.from(
                addresses -> {
                    List<InetSocketAddress> allowed = addresses.stream()
                            .filter(address -> address.getAddress() != null && policy.allows(address.getAddress()))
                            .toList();
                    if (allowed.isEmpty()) {
                        promise.failed(new UnknownHostException("refused: " + host
                                + " is not on the public internet (private networks are not allowed)"));
                    } else {
                        promise.succeeded(allowed);
                    }
                },
                promise::failed));
    }
}
