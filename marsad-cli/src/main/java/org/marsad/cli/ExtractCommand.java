package org.marsad.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.marsad.export.JsonLinesWriter;
import org.marsad.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad extract PATH... | -}: reports in, one JSON object per report out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts events, actors, places and relations from reports.",
            "Inputs: plain-text reports, JSON Lines, HTML pages, RSS/Atom feeds, folders (recursively), '-' for stdin.",
            "Writes one JSON object per report per line; a summary goes to stderr.",
            "Exit code: 0 all inputs read, 1 some inputs skipped (see the summary), 2 usage error."})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    private PipelineOptions pipeline;

    @Option(names = "--with-text", description = "add the report text the offsets refer to")
    private boolean withText;

    @Override
    public Integer call() {
        return pipeline.run(out -> new Sink(new JsonLinesWriter(out, withText)));
    }

    private record Sink(JsonLinesWriter writer) implements AutoCloseable, Consumer<Extraction> {
        @Override
        public void accept(Extraction x) {
            writer.write(x);
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
