package io.newsdesk.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Whether output goes to a person at a terminal (progress bars) or to a pipe or file (none). */
final class Terminal {

    private Terminal() {}

    static boolean interactive() {
        if ("dumb".equals(System.getenv("TERM"))) {
            // Editors' and CI's pseudo-terminals: carriage returns would pile up as garbage.
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 on a Console exists even when redirected; isTerminal() tells the truth.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
