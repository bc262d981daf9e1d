package io.newsdesk.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * Resolves host names for the HTTP client and hands it only the addresses the policy allows. The
 * client connects to exactly the addresses returned here, so the policy judges the address that is
 * actually connected to, with no second lookup in between.
 */
final class PolicyEnforcingResolver implements SocketAddressResolver {

    private final SocketAddressResolver dns;
    private final AddressPolicy policy;
    private final Duration lookupTimeout;

    /**
     * @param dns the resolver doing the lookups
     * @param policy decides which addresses may be used
     * @param lookupTimeout the timeout {@code dns} applies, for messages
     */
    PolicyEnforcingResolver(SocketAddressResolver dns, AddressPolicy policy, Duration lookupTimeout) {
        this.dns = dns;
        this.policy = policy;
        this.lookupTimeout = lookupTimeout;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        dns.resolve(host, port, context, Promise.from(
                addresses -> {
                    try {
                        promise.succeeded(allowed(host, addresses));
                    } catch (AddressRefusedException | HostResolutionException e) {
                        promise.failed(e);
                    }
                },
                failure -> promise.failed(resolutionFailure(host, failure))));
    }

    private List<InetSocketAddress> allowed(String host, List<InetSocketAddress> addresses)
            throws AddressRefusedException, HostResolutionException {
        List<InetSocketAddress> allowed = new ArrayList<>(addresses.size());
        String firstRefusal = null;
        for (InetSocketAddress socketAddress : addresses) {
            InetAddress address = socketAddress.getAddress();
            if (address == null) {
                continue;
            }
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isEmpty()) {
                allowed.add(socketAddress);
            } else if (firstRefusal == null) {
                firstRefusal = refusalMessage(host, address, refusal.get());
            }
        }
        if (!allowed.isEmpty()) {
            return allowed;
        }
        if (firstRefusal != null) {
            throw new AddressRefusedException(firstRefusal);
        }
        throw new HostResolutionException("could not resolve host " + host + ": no addresses", null);
    }

    private static String refusalMessage(String host, InetAddress address, String kind) {
        String what = isIpLiteral(host)
                ? kind + " " + host
                : host + " resolves to " + kind + " " + address.getHostAddress();
        return "refused: " + what + " (private networks are not allowed)";
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }

    private HostResolutionException resolutionFailure(String host, Throwable failure) {
        String message = failure instanceof TimeoutException
                ? "could not resolve host " + host + " within " + Quantities.duration(lookupTimeout)
                : "could not resolve host " + host;
        return new HostResolutionException(message, failure);
    }
}
