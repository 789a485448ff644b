package io.zonewright.ui.document;

import io.zonewright.edit.TopologyEdits.Placement;
import io.zonewright.model.Endpoint;
import io.zonewright.model.Position;
import io.zonewright.model.ServiceKind;

import java.util.Map;

/** What gestures on the diagram ask the editor to do; each call becomes one undoable step. */
public interface DiagramEdits {

    void addService(ServiceKind kind, String zone, Position position);

    void moveServices(Map<String, Placement> placements);

    /** Connects a service to an end: another service, a zone (its lane's title) or every service (the rail). */
    void connect(String fromService, Endpoint to);

    void rename(String serviceId, String newName);

    /** Moves a zone's lane to {@code index} in the trust order. */
    void moveZone(String zoneId, int index);
}
