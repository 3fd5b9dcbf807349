package org.marsad.ingest;

/** Why an input, or one record of it, gave no report. */
public enum SkipReason {
    /** The path does not exist. */
    NOT_FOUND,
    /** The input exists but could not be read (permissions, I/O error). */
    UNREADABLE,
    /** The input, or one record of it, is larger than the configured limit. */
    TOO_LARGE,
    /** The bytes are not text in any encoding Marsad reads. */
    UNDECODABLE,
    /** Nothing but white space (or boilerplate) to read. */
    EMPTY,
    /** The input claims a format (JSON, XML feed) but breaks its syntax, or lacks required fields. */
    MALFORMED,
    /** Text in a format Marsad does not read (XML other than RSS or Atom). */
    UNSUPPORTED
}
