package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private final AddressPolicy policy = AddressPolicy.publicInternetOnly();

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0            | this-network address
            0.255.1.2          | this-network address
            10.0.0.1           | private address
            10.255.255.255     | private address
            100.64.0.1         | shared (carrier-grade NAT) address
            100.127.255.254    | shared (carrier-grade NAT) address
            127.0.0.1          | loopback address
            127.255.0.9        | loopback address
            169.254.169.254    | link-local address
            172.16.0.1         | private address
            172.31.255.255     | private address
            192.0.0.8          | IETF protocol assignment address
            192.0.2.10         | documentation address
            192.168.1.1        | private address
            198.18.0.1         | benchmarking address
            198.19.255.255     | benchmarking address
            198.51.100.7       | documentation address
            203.0.113.200      | documentation address
            224.0.0.251        | multicast address
            239.255.255.250    | multicast address
            240.0.0.1          | reserved address
            255.255.255.254    | reserved address
            255.255.255.255    | broadcast address
            ::                 | unspecified address
            ::1                | loopback address
            fe80::1            | link-local address
            febf:ffff::1       | link-local address
            fec0::1            | site-local address
            fc00::1            | unique-local address
            fd12:3456:789a::1  | unique-local address
            ff02::1            | multicast address
            2001:db8::1        | documentation address
            3fff:fff::1        | documentation address
            2001::1            | IETF protocol assignment address
            2001:1ff::1        | IETF protocol assignment address
            100::1             | discard-only address
            64:ff9b:1::a00:1   | local-use NAT64 address
            ::7f00:1           | IPv4-compatible loopback address
            ::a00:1            | IPv4-compatible private address
            64:ff9b::7f00:1    | NAT64 loopback address
            64:ff9b::a9fe:a9fe | NAT64 link-local address
            2002:7f00:1::1     | 6to4 loopback address
            2002:c0a8:101::    | 6to4 private address
            4000::1            | reserved address
            fe00::1            | reserved address
            """)
    void refusesNonPublicAddresses(String literal, String kind) throws Exception {
        assertThat(policy.refusal(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "8.8.8.8", "1.1.1.1", "93.184.216.34", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "172.15.255.255", "172.32.0.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0",
        "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "2600::", "3ffe::1",
        "64:ff9b::808:808", "2002:808:808::1", "2001:200::1", "2001:4860:4860::8888"
    })
    void allowsPublicAddresses(String literal) throws Exception {
        assertThat(policy.refusal(InetAddress.getByName(literal))).isEmpty();
        assertThat(policy.allows(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, IPv4-mapped loopback address", "192.168.0.1, IPv4-mapped private address", "8.8.8.8,"})
    void judgesIpv4MappedAddressesByTheirIpv4Part(String ipv4, String kind) throws Exception {
        InetAddress mapped = ipv4Mapped(InetAddress.getByName(ipv4).getAddress());

        assertThat(mapped).isInstanceOf(Inet6Address.class);
        assertThat(policy.refusal(mapped)).isEqualTo(Optional.ofNullable(kind));
    }

    @Property
    void everyIpv6FormOfAnIpv4AddressGetsTheSameVerdict(@ForAll byte[] seed) throws Exception {
        byte[] ipv4 = new byte[4];
        System.arraycopy(seed, 0, ipv4, 0, Math.min(seed.length, 4));
        boolean allowed = policy.allows(InetAddress.getByAddress(ipv4));

        assertThat(policy.allows(ipv4Mapped(ipv4))).isEqualTo(allowed);
        assertThat(policy.allows(embedded(new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b}, 12, ipv4))).isEqualTo(allowed);
        assertThat(policy.allows(embedded(new byte[] {0x20, 0x02}, 2, ipv4))).isEqualTo(allowed);
    }

    @Property
    void allowAllAllowsEverything(@ForAll byte[] seed) throws Exception {
        byte[] address = new byte[seed.length % 2 == 0 ? 4 : 16];
        System.arraycopy(seed, 0, address, 0, Math.min(seed.length, address.length));

        assertThat(AddressPolicy.allowAll().allows(InetAddress.getByAddress(address))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void settingsChooseThePolicy() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");

        assertThat(AddressPolicy.forSettings(FetchSettings.defaults()).allows(loopback)).isFalse();
        assertThat(AddressPolicy.forSettings(FetchSettings.builder().allowPrivateNetworks(true).build()).allows(loopback)).isTrue();
    }

    /** The JDK turns ::ffff:a.b.c.d literals into Inet4Address; build the IPv6 form explicitly. */
    private static InetAddress ipv4Mapped(byte[] ipv4) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, bytes, 12, 4);
        return Inet6Address.getByAddress(null, bytes, -1);
    }

    private static InetAddress embedded(byte[] prefix, int offset, byte[] ipv4) throws UnknownHostException {
        byte[] bytes = new byte[16];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(ipv4, 0, bytes, offset, 4);
        return InetAddress.getByAddress(bytes);
    }
}
