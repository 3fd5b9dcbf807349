package org.marsad.cli;

/** Entry point of the {@code marsad} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
