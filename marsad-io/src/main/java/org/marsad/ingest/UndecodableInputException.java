package org.marsad.ingest;

/** Bytes that are none of the encodings Marsad reads; the message says what was wrong with them. */
final class UndecodableInputException extends Exception {

    UndecodableInputException(String message) {
        super(message);
    }
}
