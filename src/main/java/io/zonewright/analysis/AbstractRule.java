package io.zonewright.analysis;

import io.zonewright.model.Connection;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Service;

import java.util.List;

/** The metadata every rule carries, and the ways rules name elements in their messages. */
public abstract class AbstractRule implements Rule {

    private final String id;
    private final String title;
    private final Severity severity;
    private final String rationale;
    private final String hint;

    protected AbstractRule(String id, String title, Severity severity, String rationale, String hint) {
        this.id = id;
        this.title = title;
        this.severity = severity;
        this.rationale = rationale;
        this.hint = hint;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String rationale() {
        return rationale;
    }

    @Override
    public final String hint() {
        return hint;
    }

    /** A finding about a connection: waived by naming the connection id. */
    protected Finding connectionFinding(Connection c, Severity grade, String message) {
        return new Finding(id, grade, message, c.id(), List.of(c.from().text(), c.to().text()), List.of(), hint,
                c.location());
    }

    /** A finding about a service: waived by naming the service id. */
    protected Finding serviceFinding(Service s, Severity grade, String message, List<String> elements, List<String> path) {
        return new Finding(id, grade, message, s.id(), elements, path, hint, s.location());
    }

    /**
     * How an endpoint reads in a message: a service by name, a zone, a network, or every service. Read off
     * the resolved scope, which already holds the service or zone, rather than looking the id up again.
     */
    protected static String describe(EndpointScope scope, Endpoint endpoint) {
        if (endpoint instanceof Endpoint.ServiceRef) {
            return describe(scope.services().get(0));
        }
        if (endpoint instanceof Endpoint.ZoneRef) {
            return "the whole zone '" + scope.zones().get(0).displayName() + "'";
        }
        if (endpoint instanceof Endpoint.Network net) {
            return "the network " + net.cidr();
        }
        return "every service";
    }

    protected static String describe(Service s) {
        return s.name().isEmpty() || s.name().equals(s.id()) ? "'" + s.id() + "'" : "'" + s.name() + "' (" + s.id() + ")";
    }

    /** "A -> B on 443/tcp", the usual way a message names a connection. */
    protected static String flow(ResolvedConnection rc) {
        Connection c = rc.connection();
        return describe(rc.from(), c.from()) + " -> " + describe(rc.to(), c.to()) + " on " + c.port();
    }
}
