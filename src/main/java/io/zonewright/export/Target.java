package io.zonewright.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an export can make; each target writes into the folder of its name. */
public enum Target {
    NFTABLES("host firewalls (nftables)", true),
    IPTABLES("host firewalls (iptables-restore)", true),
    KUBERNETES("Kubernetes NetworkPolicies", true),
    AWS("AWS security groups and network ACLs (Terraform)", true),
    DOCS("documentation (Markdown and HTML)", false),
    CSV("zone matrix and connections (CSV)", false);

    private final String cliName = name().toLowerCase(Locale.ROOT);
    private final String description;
    private final boolean enforcing;

    Target(String description, boolean enforcing) {
        this.description = description;
        this.enforcing = enforcing;
    }

    /** The name on the command line, and the folder the target writes into. */
    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    /** Whether the target enforces connections (a firewall or policy), rather than documenting them. */
    public boolean enforces() {
        return enforcing;
    }

    public static Target parse(String text) {
        for (Target t : values()) {
            if (t.cliName.equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown target '" + text + "' (expected "
                + Arrays.stream(values()).map(Target::cliName).collect(Collectors.joining(", ")) + " or all)");
    }
}
