package io.newsdesk.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * One logging pipeline for the whole process: libraries that log through java.util.logging
 * (Lucene, sqlite-jdbc) go through logback too, so its levels decide what a command prints instead
 * of the JDK's console handler printing their warnings.
 */
final class Logging {

    private Logging() {}

    /** Replaces the JDK's console handler with the bridge to SLF4J; later calls do nothing. */
    static synchronized void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
