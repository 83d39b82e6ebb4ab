package org.mfasettings.console.server;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.group.ReplicationGroupView;
import org.mfasettings.server.ServerDetail;
import org.mfasettings.server.ServerService;
import org.mfasettings.server.ServerStatus;
import org.mfasettings.server.ServerView;
import org.mfasettings.server.StatusChangeView;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * The server status page: counts per status, the table that refreshes itself, and a detail dialog
 * from which a global administrator deactivates a server or moves it to another group.
 */
@Named("serverList")
@ViewScoped
public class ServersView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = ":serversForm:servers";
    static final String MOVE_INPUT = "moveGroup";

    private static final Map<String, FieldTarget> FIELDS =
            Map.of("replicationGroup", new FieldTarget(MOVE_INPUT, "servers.moveGroup"));

    @Inject ServerService service;

    @Inject ReplicationGroupService groupService;

    private final ViewerTime time = new ViewerTime();

    /** What the browser reported as its time zone; applied on each refresh. */
    private String viewerZone;

    /**
     * Kept between refreshes so that a row's button acts on the server that was shown; reloaded by
     * every refresh and after every change made here.
     */
    private transient List<ServerView> all;

    private transient Map<ServerStatus, Long> counts;

    private transient List<ReplicationGroupView> groups;

    private ServerDetail detail;

    private String moveTo;

    public List<ServerView> getAll() {
        if (all == null) {
            all = service.list();
        }
        return all;
    }

    /**
     * Counted from the rows the table shows, so the two always agree (and the list is read once).
     */
    public long count(ServerStatus status) {
        if (counts == null) {
            Map<ServerStatus, Long> counted = new EnumMap<>(ServerStatus.class);
            getAll().forEach(server -> counted.merge(server.status(), 1L, Long::sum));
            counts = counted;
        }
        return counts.getOrDefault(status, 0L);
    }

    public ServerStatus[] getStatuses() {
        return ServerStatus.values();
    }

    /**
     * The poll and the page's first script call this. The table keeps its filter and sort in its
     * own state but not the rows they selected, so they are applied again to the fresh list.
     */
    public void refresh() {
        time.useZone(viewerZone);
        reload();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.filterAndSort();
        }
    }

    public void showDetails(ServerView server) {
        if (!loadDetail(server.id())) {
            return;
        }
        moveTo = detail.server().replicationGroup();
        PrimeFaces.current().executeScript("PF('serverDialog').show()");
    }

    public void deactivate(ServerView server) {
        try {
            ServerView deactivated = service.deactivate(server.id());
            Feedback.info("servers.deactivated", deactivated.name());
        } catch (ConflictException | NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
        refresh();
        if (detail != null && detail.server().id().equals(server.id())) {
            loadDetail(server.id());
        }
    }

    public String deactivateQuestion(ServerView server) {
        return Feedback.text("servers.deactivateQuestion", server.name());
    }

    public void move() {
        if (detail == null) {
            return;
        }
        try {
            ServerView moved = service.moveToGroup(detail.server().id(), moveTo);
            Feedback.info("servers.moved", moved.name(), moved.replicationGroup());
        } catch (InvalidInputException | NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
            return;
        }
        loadDetail(detail.server().id());
        refresh();
    }

    private boolean loadDetail(String id) {
        try {
            detail = service.get(id);
            return true;
        } catch (NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
            detail = null;
            return false;
        }
    }

    private void reload() {
        all = null;
        counts = null;
    }

    public List<ReplicationGroupView> getGroups() {
        if (groups == null) {
            groups = groupService.list();
        }
        return groups;
    }

    /** The CSS class that colours a status badge. */
    public String badgeClass(ServerStatus status) {
        return "status-badge status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public String statusLabel(ServerStatus status) {
        return status == null ? "" : Feedback.text("servers.status." + status.name());
    }

    public String local(Instant instant) {
        return time.format(instant, Feedback.text("format.instantLocal"), locale());
    }

    public String ago(Instant instant) {
        if (instant == null) {
            return "";
        }
        ViewerTime.Elapsed elapsed = ViewerTime.elapsed(instant, Instant.now());
        return Feedback.text("servers.ago." + elapsed.unit().name(), elapsed.amount());
    }

    public String getZoneNote() {
        return Feedback.text("servers.zoneNote", time.zone().getId());
    }

    public ServerView getSelected() {
        return detail == null ? null : detail.server();
    }

    public List<StatusChangeView> getRecentChanges() {
        return detail == null ? List.of() : detail.recentChanges();
    }

    public boolean isSelectedActive() {
        return detail != null && detail.server().status() != ServerStatus.DEACTIVATED;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public String getViewerZone() {
        return viewerZone;
    }

    public void setViewerZone(String viewerZone) {
        this.viewerZone = viewerZone;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }
}
