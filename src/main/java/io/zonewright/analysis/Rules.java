package io.zonewright.analysis;

import io.zonewright.analysis.rules.AdminAccessRule;
import io.zonewright.analysis.rules.AttackPathRule;
import io.zonewright.analysis.rules.BlastRadiusRule;
import io.zonewright.analysis.rules.BroadDestinationRule;
import io.zonewright.analysis.rules.BroadSourceRule;
import io.zonewright.analysis.rules.DataInitiatesRule;
import io.zonewright.analysis.rules.InternetExposureRule;
import io.zonewright.analysis.rules.MetadataServiceRule;
import io.zonewright.analysis.rules.MissingPurposeRule;
import io.zonewright.analysis.rules.OverlappingConnectionsRule;
import io.zonewright.analysis.rules.PublicToDataRule;
import io.zonewright.analysis.rules.UnauthenticatedRule;
import io.zonewright.analysis.rules.UnusedListenerRule;
import io.zonewright.analysis.rules.WidePortsRule;
import io.zonewright.analysis.rules.WorkerInboundRule;
import io.zonewright.analysis.rules.ZoneCrossingRule;

import java.util.ArrayList;
import java.util.List;

/** Every rule of the product, in id order. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new ZoneCrossingRule(), new PublicToDataRule(), new InternetExposureRule(), new AdminAccessRule(),
            new BroadSourceRule(), new WorkerInboundRule(), new WidePortsRule(), new MissingPurposeRule(),
            new UnauthenticatedRule(), new UnusedListenerRule(), new OverlappingConnectionsRule(),
            new DataInitiatesRule(), new BroadDestinationRule(), new MetadataServiceRule(), new AttackPathRule(),
            new BlastRadiusRule());

    private Rules() {
    }

    /** The rules that analyse a design. */
    public static List<Rule> analysisRules() {
        return ALL;
    }

    /** Every rule id a report can contain, the waiver rule included, for documentation and SARIF. */
    public static List<RuleDescription> described() {
        List<RuleDescription> out = new ArrayList<>();
        for (Rule r : ALL) {
            out.add(new RuleDescription(r.id(), r.title(), r.severity(), r.rationale(), r.hint()));
        }
        out.add(WaiverFindings.EXPIRED);
        out.add(WaiverFindings.UNUSED);
        return out;
    }
}
