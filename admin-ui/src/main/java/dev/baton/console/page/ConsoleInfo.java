package dev.baton.console.page;

import dev.baton.console.format.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Facts every page shows: the time zone its times are written in. */
@Named
@ApplicationScoped
public class ConsoleInfo {

    public String getZone() {
        return Times.zoneName();
    }
}
