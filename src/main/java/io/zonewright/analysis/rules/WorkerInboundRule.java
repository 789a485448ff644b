package io.zonewright.analysis.rules;

import io.zonewright.analysis.AnalysisContext;
import io.zonewright.analysis.ConnectionRule;
import io.zonewright.analysis.Finding;
import io.zonewright.analysis.ResolvedConnection;
import io.zonewright.analysis.Severity;
import io.zonewright.model.Connection;
import io.zonewright.model.Service;
import io.zonewright.model.ServiceKind;

import java.util.List;
import java.util.function.Consumer;

/** ZW106: workers pull their work; they accept no connections. */
public final class WorkerInboundRule extends ConnectionRule {

    public WorkerInboundRule() {
        super("ZW106", "A worker accepts inbound connections", Severity.MEDIUM,
                "A background worker that processes queue messages has no reason to accept inbound connections: "
                        + "it makes outbound ones to the broker. An open port on it is attack surface with no use.",
                "Remove the connection; let the worker consume from a broker instead.");
    }

    @Override
    public void check(ResolvedConnection rc, AnalysisContext context, Consumer<Finding> findings) {
        Connection c = rc.connection();
        for (Service s : rc.to().services()) {
            if (s.kind() == ServiceKind.WORKER) {
                Finding f = connectionFinding(c, severity(), "worker " + describe(s) + " accepts inbound connections: "
                        + flow(rc));
                findings.accept(new Finding(f.rule(), f.severity(), f.message(), f.target(),
                        List.of(c.from().text(), s.id()), f.path(), f.hint(), f.location()));
            }
        }
    }
}
