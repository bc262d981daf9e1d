package io.newsdesk.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A PostgreSQL address taken apart: servers, database, connection parameters and credentials.
 * Reads pgjdbc URLs ({@code jdbc:postgresql://host:port/db?…}) and libpq URLs ({@code
 * postgresql://user:password@host:port/db?…}, also {@code postgres://}) and writes a pgjdbc URL
 * without credentials.
 */
final class PostgresUrl {

    private static final int DEFAULT_PORT = 5432;
    // libpq parameters that pgjdbc spells differently; the others (sslmode, sslrootcert, options, …)
    // have the same name in both.
    private static final Map<String, String> LIBPQ_TO_JDBC = Map.of(
            "application_name", "ApplicationName",
            "connect_timeout", "connectTimeout");

    private final List<String> hosts;
    private final String database;
    private final Map<String, String> parameters;
    private final String user;
    private final String password;

    private PostgresUrl(
            List<String> hosts, String database, Map<String, String> parameters, String user, String password) {
        this.hosts = List.copyOf(hosts);
        this.database = database;
        this.parameters = parameters;
        this.user = user;
        this.password = password;
    }

    /** Reads {@code jdbc:postgresql://host:port/db?…}, {@code jdbc:postgresql:db} and {@code jdbc:postgresql:/}. */
    static PostgresUrl fromJdbc(String url) {
        return new Parser(url, false).parse(url.substring("jdbc:postgresql:".length()));
    }

    /**
     * Reads {@code postgresql://[user[:password]@][host][:port][,…][/db][?param=value&…]} (or
     * {@code postgres://}).
     */
    static PostgresUrl fromLibpq(String url) {
        return new Parser(url, true).parse(url.substring(url.indexOf(':') + 1));
    }

    /** The pgjdbc URL for these servers, database and parameters; credentials are not part of it. */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(hosts.isEmpty() ? "localhost" : String.join(",", hosts))
                .append('/')
                .append(encode(database));
        String query = parameters.entrySet().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return url.toString();
    }

    /** The servers as {@code host:port}, comma-separated, with the default port filled in. */
    String server() {
        if (hosts.isEmpty()) {
            return "localhost:" + DEFAULT_PORT;
        }
        return hosts.stream()
                .map(host -> hasPort(host) ? host : host + ":" + DEFAULT_PORT)
                .collect(Collectors.joining(","));
    }

    /** The database name; empty when the server's default (the user's name) applies. */
    String database() {
        return database;
    }

    /** The parameters that go into the JDBC URL, decoded, with pgjdbc's names. */
    Map<String, String> parameters() {
        return Map.copyOf(parameters);
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    private static boolean hasPort(String host) {
        int bracket = host.lastIndexOf(']');
        return host.indexOf(':', bracket + 1) >= 0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One parse; keeps the original URL only to name it (password masked) in errors. */
    private static final class Parser {
        private final String original;
        private final boolean libpq;
        private final List<String> hosts = new ArrayList<>();
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private String database = "";
        private String user;
        private String password;

        Parser(String original, boolean libpq) {
            this.original = original;
            this.libpq = libpq;
        }

        PostgresUrl parse(String rest) {
            String path = rest;
            int query = path.indexOf('?');
            if (query >= 0) {
                readParameters(path.substring(query + 1));
                path = path.substring(0, query);
            }
            if (path.startsWith("//")) {
                String authority = path.substring(2);
                int slash = authority.indexOf('/');
                if (slash >= 0) {
                    database = decode(authority.substring(slash + 1));
                    authority = authority.substring(0, slash);
                }
                readAuthority(authority);
            } else {
                database = decode(path.startsWith("/") ? path.substring(1) : path);
            }
            if (libpq) {
                applyLibpqParameters();
            }
            return new PostgresUrl(hosts, database, parameters, user, password);
        }

        private void readAuthority(String authority) {
            String hostList = authority;
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                String userInfo = authority.substring(0, at);
                hostList = authority.substring(at + 1);
                int colon = userInfo.indexOf(':');
                user = emptyToNull(decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo));
                if (colon >= 0) {
                    password = decode(userInfo.substring(colon + 1));
                }
            }
            addHosts(hostList);
        }

        private void addHosts(String hostList) {
            for (String host : hostList.split(",")) {
                if (!host.isBlank()) {
                    checkPort(host);
                    hosts.add(host.strip());
                }
            }
        }

        private void checkPort(String host) {
            if (!hasPort(host)) {
                return;
            }
            String port = host.substring(host.lastIndexOf(':') + 1);
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                throw failure("'" + port + "' is not a port number");
            }
        }

        private void readParameters(String query) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals >= 0 ? pair.substring(0, equals) : pair);
                String value = equals >= 0 ? decode(pair.substring(equals + 1)) : "";
                switch (name) {
                    case "user" -> user = emptyToNull(value);
                    case "password" -> password = value;
                    default -> parameters.put(name, value);
                }
            }
        }

        /** libpq lets the query override the authority and path, and names some parameters differently. */
        private void applyLibpqParameters() {
            String dbname = parameters.remove("dbname");
            if (dbname != null) {
                database = dbname;
            }
            String host = parameters.remove("host");
            if (host != null) {
                if (host.startsWith("/") || host.startsWith("@")) {
                    throw failure("Unix-domain sockets (host=" + host + ") are not supported; "
                            + "give a host name and port, e.g. postgresql://user@localhost:5432/newsdesk");
                }
                hosts.clear();
                addHosts(host);
            }
            String port = parameters.remove("port");
            if (port != null) {
                if (hosts.isEmpty()) {
                    hosts.add("localhost");
                }
                hosts.replaceAll(h -> hasPort(h) ? h : h + ":" + port);
                hosts.forEach(this::checkPort);
            }
            for (Map.Entry<String, String> rename : LIBPQ_TO_JDBC.entrySet()) {
                String value = parameters.remove(rename.getKey());
                if (value != null) {
                    parameters.put(rename.getValue(), value);
                }
            }
        }

        private String decode(String value) {
            try {
                // libpq decodes %XX only; pgjdbc decodes like an HTML form, where '+' is a space.
                return URLDecoder.decode(libpq ? value.replace("+", "%2B") : value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw failure("it contains a malformed %-escape");
            }
        }

        private StoreException failure(String problem) {
            return new StoreException(
                    "cannot use the PostgreSQL URL '" + DatabaseLocation.redact(original) + "': " + problem);
        }

        private static String emptyToNull(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
