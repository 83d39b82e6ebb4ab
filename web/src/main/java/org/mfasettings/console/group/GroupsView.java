package org.mfasettings.console.group;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.group.GroupRequest;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.group.ReplicationGroupView;
import org.primefaces.PrimeFaces;

/** The replication groups page: the list, and one dialog that adds or edits a group. */
@Named("groups")
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String NAME_INPUT = "groupName";
    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "name", new FieldTarget(NAME_INPUT, "groups.name"),
                    "description", new FieldTarget("groupDescription", "groups.description"));

    @Inject ReplicationGroupService service;

    /**
     * Kept for the life of the view, so that a row's button acts on the row that was shown even if
     * another administrator changed the list meanwhile; reloaded after every change made here.
     */
    private transient List<ReplicationGroupView> all;

    /** The name of the group being edited, or null while adding one. */
    private String editing;

    private String name;
    private String description;

    public List<ReplicationGroupView> getAll() {
        if (all == null) {
            all = service.list();
        }
        return all;
    }

    public void startAdding() {
        editing = null;
        name = null;
        description = null;
        showDialog();
    }

    public void startEditing(ReplicationGroupView group) {
        editing = group.name();
        name = group.name();
        description = group.description();
        showDialog();
    }

    public void cancel() {
        PrimeFaces.current().executeScript("PF('groupDialog').hide()");
    }

    public boolean isAdding() {
        return editing == null;
    }

    public void save() {
        GroupRequest request = new GroupRequest(name, description);
        try {
            if (editing == null) {
                ReplicationGroupView created = service.create(request);
                Feedback.info("groups.created", created.name());
            } else {
                ReplicationGroupView updated = service.update(editing, request);
                Feedback.info("groups.updated", updated.name());
            }
        } catch (InvalidInputException
                | ConflictException
                | NotFoundException
                | EJBAccessException e) {
            Feedback.refused(e, FIELDS, NAME_INPUT);
            return;
        }
        all = null;
        PrimeFaces.current().executeScript("PF('groupDialog').hide()");
    }

    public void delete(ReplicationGroupView group) {
        try {
            service.delete(group.name());
            Feedback.info("groups.deleted", group.name());
        } catch (ConflictException | NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
        all = null;
    }

    public String deleteQuestion(ReplicationGroupView group) {
        return Feedback.text("groups.deleteQuestion", group.name());
    }

    private static void showDialog() {
        PrimeFaces.current().executeScript("PF('groupDialog').show()");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
