package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;

import java.util.function.Consumer;

/** ZW109: service-to-service traffic inside the internal zones is authenticated. */
public final class UnauthenticatedRule extends ConnectionRule {

    public UnauthenticatedRule() {
        super("ZW109", "Internal service-to-service connection without mTLS or authentication", Severity.MEDIUM,
                "Defense in depth: even within a private network, authenticate every connection. If a firewall "
                        + "rule is wrong, mTLS still keeps a compromised container from impersonating a service.",
                "Use mTLS (a service mesh or internal CA) or signed tokens, and record it with 'auth'.");
    }

    @Override
    public boolean readsConnectionDetails() {
        return true;
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        if (!c.auth().isAuthenticated() && rc.from().allInternal() && rc.to().allInternal()) {
            findings.accept(connectionFinding(c, severity(), flow(rc)
                    + " is internal service-to-service traffic without mTLS or authentication"));
        }
    }
}
