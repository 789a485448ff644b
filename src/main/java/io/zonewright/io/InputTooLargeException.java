package io.zonewright.io;

/** A file refused before parsing because reading it whole would cost too much memory. */
final class InputTooLargeException extends Exception {
    InputTooLargeException(String message) {
        super(message);
    }
}
