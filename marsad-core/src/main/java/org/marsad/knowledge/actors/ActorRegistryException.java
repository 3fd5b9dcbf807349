package org.marsad.knowledge.actors;

/**
 * A registry data file that cannot be loaded. The message names the file and the 1-based line so that an
 * analyst can fix the row; {@link #source()} and {@link #line()} give the same facts to code.
 */
public final class ActorRegistryException extends RuntimeException {

    private final String source;
    private final int line;

    public ActorRegistryException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public ActorRegistryException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
    }

    /** The file name or resource the bad row came from. */
    public String source() {
        return source;
    }

    /** The 1-based line of the bad row, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }
}
