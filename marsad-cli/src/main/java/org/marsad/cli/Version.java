package org.marsad.cli;

import picocli.CommandLine;

/** The version printed by {@code marsad --version}, from the jar's manifest. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"marsad " + (v == null ? "(development build)" : v)};
    }
}
