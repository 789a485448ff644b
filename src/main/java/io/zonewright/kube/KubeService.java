package io.zonewright.kube;

import io.zonewright.model.PortSet.Transport;

import java.util.List;
import java.util.Map;

/** A Service: the pods its selector picks, and its ports with the pod port each leads to. */
record KubeService(String namespace, String name, Map<String, String> selector, List<Port> ports) {

    /**
     * A service port; the pod port is {@code targetPort} (a number or the name of a container port), or the
     * port itself when none is given.
     */
    record Port(String name, int port, Integer targetPort, String targetPortName, Transport protocol) {
    }
}
