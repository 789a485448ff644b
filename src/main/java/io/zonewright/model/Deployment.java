package io.zonewright.model;

/** Optional facts about where a service is deployed, read by the exporters; each part may be absent (null). */
public record Deployment(KubernetesBinding kubernetes, String securityGroup, String subnet) {

    public static final Deployment NONE = new Deployment(null, null, null);

    public boolean isEmpty() {
        return kubernetes == null && securityGroup == null && subnet == null;
    }
}
