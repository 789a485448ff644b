package io.zonewright.export.kubernetes;

import io.zonewright.model.KubernetesNames;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Policy names from service ids. Ids allow capitals, '_' and '.' sequences that DNS-1123 names do not:
 * such an id is folded to the name alphabet and given a checksum of the original, so that two ids that fold
 * alike still name two policies, the same ones on every export.
 */
public final class PolicyNames {

    private PolicyNames() {
    }

    public static String of(String serviceId) {
        String name = "zw-" + serviceId;
        if (KubernetesNames.isSubdomain(name)) {
            return name;
        }
        String folded = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+$", "");
        CRC32 crc = new CRC32();
        crc.update(serviceId.getBytes(StandardCharsets.UTF_8));
        return folded + "-" + HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
