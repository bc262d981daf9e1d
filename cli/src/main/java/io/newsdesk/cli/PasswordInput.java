package io.newsdesk.cli;

import io.newsdesk.service.NewsdeskException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password: from the first line of standard input ({@code --password-stdin}, for
 * scripts), or typed twice without echo at a terminal. Never from an argument, which other users
 * of the machine could see in the process list.
 */
final class PasswordInput {

    private PasswordInput() {}

    /**
     * @param fromStdin whether {@code --password-stdin} was given
     * @param prompt what to ask at a terminal ("New password for alice")
     * @throws NewsdeskException INVALID when there is no password to read, or the two typed differ
     */
    static String read(boolean fromStdin, String prompt) {
        if (fromStdin) {
            return firstLine(System.in);
        }
        Console console = System.console();
        if (console == null || !Terminal.interactive()) {
            throw NewsdeskException.invalid("no terminal to ask for the password on: pass it on standard input "
                    + "with --password-stdin (for example: printf '%s\\n' \"$PASSWORD\" | newsdesk user … --password-stdin)");
        }
        char[] first = console.readPassword("%s: ", prompt);
        char[] second = console.readPassword("Again: ");
        try {
            if (first == null || second == null) {
                throw NewsdeskException.invalid("no password was typed");
            }
            if (!Arrays.equals(first, second)) {
                throw NewsdeskException.invalid("the two passwords differ; nothing was changed");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** The first line of {@code in}, without its line ending. */
    static String firstLine(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw NewsdeskException.invalid("--password-stdin: standard input held no password (one line expected)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password from standard input", e);
        }
    }
}
