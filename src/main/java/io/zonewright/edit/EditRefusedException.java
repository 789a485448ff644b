package io.zonewright.edit;

/**
 * An edit that would leave the design invalid (one the reader would refuse on opening), refused with the
 * reason a user can act on. The design stays as it was.
 */
public final class EditRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public EditRefusedException(String reason) {
        super(reason);
    }
}
