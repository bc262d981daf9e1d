package io.newsdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the build writes it there). */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsdesk " + (version == null ? "(development build)" : version)};
    }
}
