package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code marsad} command. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Reads Arabic news reports about armed conflict and turns them into structured conflict data.",
        subcommands = {ExtractCommand.class, ExportCommand.class, IngestCommand.class, EventsCommand.class,
            IncidentsCommand.class, SearchCommand.class, ReextractCommand.class, CorrectCommand.class,
            CorrectionsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 some inputs skipped, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'marsad extract FILE'");
    }
}
