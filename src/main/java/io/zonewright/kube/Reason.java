package io.zonewright.kube;

import io.zonewright.model.SourceLocation;

/** Why a connection is allowed on one side: a policy's rule, the absence of any policy, an Ingress or a Route. */
public record Reason(String text, SourceLocation location) {
}
