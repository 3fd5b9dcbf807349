package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import picocli.CommandLine.Option;

/** The analyst's knowledge files on top of the bundled ones, and loading the pipeline with them. */
final class KnowledgeOptions {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "an analyst's actor file (same layout as the bundled ones) on top of the bundled registry; repeatable")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--places", paramLabel = "FILE",
            description = "an analyst's place file (places or countries layout) on top of the bundled gazetteer; repeatable")
    List<Path> placeFiles = new ArrayList<>();

    /** The analyst's files, actors first. */
    List<Path> files() {
        List<Path> all = new ArrayList<>(actorFiles);
        all.addAll(placeFiles);
        return all;
    }

    /** The pipeline with the bundled and the analyst's knowledge, or {@code null} (with a message) when a file is refused. */
    Marsad load(PrintStream err) {
        try {
            Marsad.Builder builder = Marsad.builder();
            actorFiles.forEach(builder::actorFile);
            placeFiles.forEach(builder::placeFile);
            return builder.build();
        } catch (RuntimeException e) {
            err.println("marsad: cannot load the knowledge files: " + e.getMessage());
            return null;
        }
    }
}
