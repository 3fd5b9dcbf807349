package org.marsad.geocode.gazetteer;

/**
 * The gazetteer data could not be read: a missing resource, an unreadable file, or a malformed row. The
 * message names the file and, for a bad row, its line number and what is wrong with it.
 */
public class GazetteerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A bad row: "{@code file}:{@code line}: {@code problem}". */
    public static GazetteerException badRow(String file, int line, String problem) {
        return new GazetteerException(file + ":" + line + ": " + problem);
    }
}
