package io.zonewright.compare;

import io.zonewright.analysis.DriftRules;
import io.zonewright.analysis.RuleDescription;
import io.zonewright.model.SourceLocation;
import io.zonewright.model.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drift a design accepts. A drift is waived like a finding: by its rule (ZW401 missing, ZW402 extra, ZW403
 * broader) and a target that names the flow as reports print it, {@code from -> to: ports}; an expired
 * waiver silences nothing.
 */
public final class DriftWaivers {

    private DriftWaivers() {
    }

    public static RuleDescription rule(Drift.Kind kind) {
        return switch (kind) {
            case MISSING -> DriftRules.MISSING;
            case EXTRA -> DriftRules.EXTRA;
            case BROADER -> DriftRules.BROADER;
        };
    }

    /** What a waiver of this drift names as its target. */
    public static String target(Drift d) {
        return d.from().label() + " -> " + d.to().label() + ": " + d.ports();
    }

    public static Waiver waiver(Drift d, String reason, String owner, LocalDate expires) {
        return new Waiver(rule(d.kind()).id(), target(d), reason, owner, expires, SourceLocation.UNKNOWN);
    }

    /** The result with every drift an active waiver of the design names moved aside. */
    public static AuditResult apply(AuditResult result, List<Waiver> waivers, LocalDate today) {
        Map<String, Waiver> active = new HashMap<>();
        waivers.stream().filter(w -> DriftRules.isDriftRule(w.rule()) && !w.isExpiredOn(today))
                .forEach(w -> active.put(w.rule() + "\n" + w.target(), w));
        if (active.isEmpty()) {
            return result;
        }
        List<Drift> open = new ArrayList<>();
        List<AuditResult.Waived> waived = new ArrayList<>(result.waived());
        for (Drift d : result.drifts()) {
            Waiver w = active.get(rule(d.kind()).id() + "\n" + target(d));
            if (w == null) {
                open.add(d);
            } else {
                waived.add(new AuditResult.Waived(d, w));
            }
        }
        return new AuditResult(result.against(), open, result.notes(), waived);
    }
}
