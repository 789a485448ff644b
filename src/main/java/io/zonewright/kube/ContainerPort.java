package io.zonewright.kube;

import io.zonewright.model.PortSet.Transport;

/** A port a workload's container declares; policies and services may name it. */
public record ContainerPort(String name, int port, Transport protocol) {
}
