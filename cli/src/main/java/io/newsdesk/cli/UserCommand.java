package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.accounts.AddedUser;
import io.newsdesk.service.accounts.UserInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsdesk user add|passwd|remove|list}: accounts, with or without a server running on the
 * same data folder (it sees the change within a second).
 */
@Command(name = "user", description = "Add, list and remove users; set their passwords.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Remove.class,
            UserCommand.ListUsers.class})
final class UserCommand {

    @Command(name = "add", description = "Add a user who signs in with a password (asked for, never an argument). "
            + "The first administrator takes over the data of the local owner.")
    static final class Add extends Subcommand {

        @Parameters(paramLabel = "NAME", description = "The username: letters, digits, '.', '_', '@', '-'.")
        String name;

        @Option(names = "--admin", description = "May manage users, in the web UI too.")
        boolean admin;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                String password = PasswordInput.read(passwordStdin, "Password for " + name);
                AddedUser added = newsdesk.accounts().users().add(name, password, admin);
                if (added.claimedOwner()) {
                    out().printf("Added administrator %s, who keeps the feeds, categories and reading state this "
                            + "Newsdesk already had.%n", name);
                } else {
                    out().printf("Added %s %s.%n", admin ? "administrator" : "user", name);
                }
                out().println("Sign-in is now required: open the web UI to sign in; API clients need a token "
                        + "(Settings) or the username and password.");
                return 0;
            }
        }
    }

    @Command(name = "passwd", description = "Set a user's password; their sessions and API tokens end.")
    static final class Passwd extends Subcommand {

        @Parameters(paramLabel = "NAME", description = "The user.")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                newsdesk.accounts().users().find(name).orElseThrow(() ->
                        NewsdeskException.notFound("there is no user named " + name));
                String password = PasswordInput.read(passwordStdin, "New password for " + name);
                newsdesk.accounts().users().changePassword(name, password);
                out().printf("Changed the password of %s; their browsers, API tokens and apps must sign in again.%n",
                        name);
                return 0;
            }
        }
    }

    @Command(name = "remove", description = "Remove a user with their subscriptions, reading state and tokens.")
    static final class Remove extends Subcommand {

        @Parameters(paramLabel = "NAME", description = "The user.")
        String name;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                newsdesk.accounts().users().remove(name);
                syncIndex(newsdesk);
                out().printf("Removed %s with their subscriptions, reading state and tokens.%n", name);
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List the users.")
    static final class ListUsers extends Subcommand {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

        @Option(names = "--json", description = "Print the users as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                List<UserInfo> users = newsdesk.accounts().users().list();
                if (json) {
                    printJson(users.stream().map(ListUsers::shape).toList());
                    return 0;
                }
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"ID", "NAME", "ROLE", "SIGN-IN", "ADDED"});
                for (UserInfo user : users) {
                    rows.add(new String[] {String.valueOf(user.id()), user.username(), user.admin() ? "admin" : "user",
                        user.hasPassword() ? "password" : "none (local owner)", DAY.format(user.createdAt())});
                }
                Text.printTable(out(), rows);
                if (users.stream().noneMatch(UserInfo::hasPassword)) {
                    out().println("Nobody signs in yet (personal mode). Create the administrator with "
                            + "`newsdesk user add NAME --admin`.");
                }
                return 0;
            }
        }

        private static Map<String, Object> shape(UserInfo user) {
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("id", user.id());
            shape.put("username", user.username());
            shape.put("is_admin", user.admin());
            shape.put("has_password", user.hasPassword());
            shape.put("created_at", user.createdAt());
            return shape;
        }
    }
}
