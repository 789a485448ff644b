package io.zonewright.kube;

import io.zonewright.model.SourceLocation;

/**
 * A way into the cluster from its ingress controller: an Ingress backend or an OpenShift Route, naming a
 * Service and one of its ports (by the service port's number or name, or by the pod port a Route targets),
 * or all of them.
 */
record Exposure(String namespace, String service, Integer servicePort, String portName, Integer targetPort,
                String source, SourceLocation location) {

    boolean selects(KubeService.Port port) {
        if (servicePort != null) {
            return port.port() == servicePort;
        }
        if (portName != null) {
            return portName.equals(port.name()) || portName.equals(port.targetPortName());
        }
        if (targetPort != null) {
            return targetPort.equals(port.targetPort()) || port.targetPort() == null && port.port() == targetPort;
        }
        return true;
    }
}
