package io.zonewright.hostfw;

import java.nio.file.Path;

/** The forms a host's ruleset is read in. */
public enum RulesetFormat {
    /** {@code nft -j list ruleset}. */
    NFTABLES,
    /** {@code iptables-save} or {@code ip6tables-save}. */
    IPTABLES;

    public Ruleset read(Path file) {
        return this == NFTABLES ? NftJsonReader.read(file) : IptablesSaveReader.read(file);
    }
}
