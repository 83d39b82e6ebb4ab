package org.mfasettings.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mfasettings.settings.Settings;
import org.mfasettings.settings.SettingsService;

@Path("v1/admin/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @Inject SettingsService settings;

    @GET
    public Settings get() {
        return settings.currentForAdministrator();
    }

    @PUT
    public Settings update(Settings requested) {
        return settings.update(requested);
    }
}
