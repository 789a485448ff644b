package io.zonewright.model;

import java.util.regex.Pattern;

/**
 * The syntax the Kubernetes API server enforces on names and labels, so that a design can only name
 * namespaces and labels that can exist (and so never writes a policy the server refuses).
 */
public final class KubernetesNames {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

    private KubernetesNames() {
    }

    /** A namespace: a DNS-1123 label of at most 63 characters. */
    public static boolean isNamespace(String name) {
        return name.length() <= 63 && DNS_LABEL.matcher(name).matches();
    }

    /** A DNS-1123 subdomain of at most 253 characters: the names of most objects. */
    public static boolean isSubdomain(String name) {
        return name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches();
    }

    /** A label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    public static boolean isLabelKey(String key) {
        int slash = key.lastIndexOf('/');
        String name = key.substring(slash + 1);
        if (slash >= 0 && (!isSubdomain(key.substring(0, slash)) || key.indexOf('/') != slash)) {
            return false;
        }
        return name.length() <= 63 && LABEL_NAME.matcher(name).matches();
    }

    /** A label value: empty, or at most 63 characters of the label name's alphabet. */
    public static boolean isLabelValue(String value) {
        return value.isEmpty() || value.length() <= 63 && LABEL_NAME.matcher(value).matches();
    }

    public static String namespaceRule() {
        return "a namespace is at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit";
    }

    public static String labelRule() {
        return "a label name (and value) is at most 63 letters, digits, '-', '_' or '.', starting and ending with a "
                + "letter or digit; a key may have a DNS prefix and '/'";
    }
}
