package io.zonewright.model;

import java.util.regex.Pattern;

/**
 * Element ids end up in firewall set names, Kubernetes labels and Terraform resource names, so they are
 * kept to a portable alphabet: a letter, then letters, digits, '.', '_' or '-', at most 63 characters.
 */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,62}");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String check(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a valid id (a letter, then letters, digits, "
                    + "'.', '_' or '-', at most 63 characters)");
        }
        return id;
    }
}
