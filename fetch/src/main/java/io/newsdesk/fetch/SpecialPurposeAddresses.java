package io.newsdesk.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Classifies addresses that are not on the public internet, after the IANA IPv4 and IPv6
 * special-purpose address registries. Backs {@link AddressPolicy#publicInternetOnly()}.
 */
final class SpecialPurposeAddresses {

    /** An address block (CIDR) and what kind of address lies in it. */
    private record Block(byte[] prefix, int bits, String kind) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int fullBytes = bits / 8;
            if (!Arrays.equals(address, 0, fullBytes, prefix, 0, fullBytes)) {
                return false;
            }
            int restBits = bits % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - restBits)) & 0xff;
            return (address[fullBytes] & mask) == (prefix[fullBytes] & mask);
        }
    }

    /** An IPv6 block that carries an IPv4 address, and where. */
    private record Embedding(Block block, int ipv4Offset) {}

    // Order matters: the broadcast address lies inside 240.0.0.0/4 and must win.
    private static final List<Block> IPV4 = List.of(
            block("0.0.0.0/8", "this-network address"),
            block("10.0.0.0/8", "private address"),
            block("100.64.0.0/10", "shared (carrier-grade NAT) address"),
            block("127.0.0.0/8", "loopback address"),
            block("169.254.0.0/16", "link-local address"),
            block("172.16.0.0/12", "private address"),
            block("192.0.0.0/24", "IETF protocol assignment address"),
            block("192.0.2.0/24", "documentation address"),
            block("192.168.0.0/16", "private address"),
            block("198.18.0.0/15", "benchmarking address"),
            block("198.51.100.0/24", "documentation address"),
            block("203.0.113.0/24", "documentation address"),
            block("224.0.0.0/4", "multicast address"),
            block("255.255.255.255/32", "broadcast address"),
            block("240.0.0.0/4", "reserved address"));

    // Checked before the embeddings: :: and ::1 also lie inside the IPv4-compatible block ::/96.
    private static final List<Block> IPV6 = List.of(
            block("::/128", "unspecified address"),
            block("::1/128", "loopback address"),
            block("64:ff9b:1::/48", "local-use NAT64 address"),
            block("100::/64", "discard-only address"),
            block("2001::/23", "IETF protocol assignment address"),
            block("2001:db8::/32", "documentation address"),
            block("3fff::/20", "documentation address"),
            block("fc00::/7", "unique-local address"),
            block("fe80::/10", "link-local address"),
            block("fec0::/10", "site-local address"),
            block("ff00::/8", "multicast address"));

    // Built from bytes: the JDK turns an IPv4-mapped literal into an Inet4Address.
    private static final List<Embedding> EMBEDDINGS = List.of(
            new Embedding(new Block(ipv6Bytes(0, 0, 0, 0, 0, 0xffff), 96, "IPv4-mapped"), 12),
            new Embedding(new Block(new byte[16], 96, "IPv4-compatible"), 12),
            new Embedding(block("64:ff9b::/96", "NAT64"), 12),
            new Embedding(block("2002::/16", "6to4"), 2));

    /** All current IPv6 unicast allocations lie in 2000::/3; everything outside is reserved or special. */
    private static final Block GLOBAL_UNICAST = block("2000::/3", "global unicast address");

    private SpecialPurposeAddresses() {}

    /** Returns the kind of non-public address, or empty for a public one. */
    static Optional<String> classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? classifyIpv4(bytes) : classifyIpv6(bytes);
    }

    private static Optional<String> classifyIpv4(byte[] bytes) {
        return IPV4.stream().filter(b -> b.contains(bytes)).map(Block::kind).findFirst();
    }

    private static Optional<String> classifyIpv6(byte[] bytes) {
        for (Block block : IPV6) {
            if (block.contains(bytes)) {
                return Optional.of(block.kind());
            }
        }
        for (Embedding embedding : EMBEDDINGS) {
            if (embedding.block().contains(bytes)) {
                byte[] ipv4 = Arrays.copyOfRange(bytes, embedding.ipv4Offset(), embedding.ipv4Offset() + 4);
                return classifyIpv4(ipv4).map(kind -> embedding.block().kind() + " " + kind);
            }
        }
        return GLOBAL_UNICAST.contains(bytes) ? Optional.empty() : Optional.of("reserved address");
    }

    private static Block block(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        try {
            // Literals only: InetAddress parses them without any lookup.
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("bad address block " + cidr, e);
        }
    }

    private static byte[] ipv6Bytes(int... groups) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < groups.length; i++) {
            bytes[2 * i] = (byte) (groups[i] >>> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        return bytes;
    }
}
