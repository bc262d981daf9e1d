package io.newsdesk.fetch;

import java.time.Duration;

/** Formats sizes and durations the way the error messages show them ("10 MiB", "20 s"). */
final class Quantities {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private Quantities() {}

    static String bytes(long count) {
        if (count >= MIB && count % MIB == 0) {
            return count / MIB + " MiB";
        }
        if (count >= KIB && count % KIB == 0) {
            return count / KIB + " KiB";
        }
        return count + (count == 1 ? " byte" : " bytes");
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
