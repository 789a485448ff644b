package io.zonewright.kube;

import io.zonewright.model.AddressSet;

/**
 * One end of an allowed connection in a cluster: a workload, a range of addresses outside the cluster, or
 * the ingress controller (traffic admitted through an Ingress or a Route). Named as np-guard's connectivity
 * list names them.
 */
public sealed interface End permits End.Pods, End.External, End.IngressController {

    String id();

    /** The pods of a workload. */
    record Pods(Workload workload) implements End {
        @Override
        public String id() {
            return workload.id();
        }
    }

    /** Addresses outside the cluster, cut at the boundaries the policies' ipBlocks mention. */
    record External(AddressSet.Range range) implements End {
        @Override
        public String id() {
            return range + "[External]";
        }
    }

    /** The cluster's ingress controller, wherever it runs. */
    enum IngressController implements End {
        INSTANCE;

        @Override
        public String id() {
            return "{ingress-controller}";
        }
    }
}
