package io.newsdesk.fetch;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether the fetcher may connect to an address. The {@link Fetcher} applies it to every
 * address a host name resolves to, and to IP literals, right before connecting, on every hop of a
 * redirect chain; only allowed addresses are ever connected to, so a host name cannot pass the check
 * with one address and then connect to another (DNS rebinding).
 */
@FunctionalInterface
public interface AddressPolicy {

    /**
     * Returns why the address is refused, as a short noun phrase for messages such as "refused:
     * intranet resolves to <em>private address</em> 10.0.0.5", or empty when it may be connected to.
     *
     * @param address a resolved address
     */
    Optional<String> refusal(InetAddress address);

    /** Returns {@code true} when the address may be connected to. */
    default boolean allows(InetAddress address) {
        return refusal(address).isEmpty();
    }

    /**
     * Allows only addresses on the public internet. Refuses loopback, private (RFC 1918), link-local,
     * unique-local (fc00::/7), site-local, shared CGNAT (100.64.0.0/10), this-network (0.0.0.0/8),
     * unspecified, multicast, broadcast, reserved (240.0.0.0/4 and IPv6 outside 2000::/3),
     * IETF protocol assignments (192.0.0.0/24, 2001::/23), benchmarking (198.18.0.0/15),
     * documentation (TEST-NET-1/2/3, 2001:db8::/32, 3fff::/20), discard-only (100::/64) and
     * local-use NAT64 (64:ff9b:1::/48) addresses, and IPv4-mapped, IPv4-compatible, NAT64
     * (64:ff9b::/96) and 6to4 (2002::/16) forms of refused IPv4 addresses.
     */
    static AddressPolicy publicInternetOnly() {
        return SpecialPurposeAddresses::classify;
    }

    /** Allows every address, for deployments that fetch feeds from their own network. */
    static AddressPolicy allowAll() {
        return address -> Optional.empty();
    }

    /** Returns the policy the settings ask for: {@link #allowAll()} when private networks are allowed. */
    static AddressPolicy forSettings(FetchSettings settings) {
        return settings.allowPrivateNetworks() ? allowAll() : publicInternetOnly();
    }
}
