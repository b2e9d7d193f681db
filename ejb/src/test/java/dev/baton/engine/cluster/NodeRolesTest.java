package dev.baton.engine.cluster;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NodeRolesTest {

    @Test
    void rolesAreReadCaseInsensitivelyWithSpacesAndWrittenInOneOrder() {
        assertEquals(EnumSet.of(NodeRoles.Role.API, NodeRoles.Role.EXECUTOR), NodeRoles.parse(" Executor , api"));
        assertEquals("api,executor", NodeRoles.label(NodeRoles.parse("executor,api")));
        assertEquals("api", NodeRoles.label(NodeRoles.parse("api,")));
    }

    @Test
    void anUnknownOrEmptyListOfRolesIsAConfigurationError() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NodeRoles.parse("api,worker")).getMessage()
                .contains("worker"));
        assertThrows(IllegalArgumentException.class, () -> NodeRoles.parse(" , "));
    }

    @Test
    void aMemberMayBeElectedOnlyWhenItAnnouncesTheExecutorRole() {
        assertTrue(NodeRoles.includesExecutor("api,executor"));
        assertTrue(NodeRoles.includesExecutor("executor"));
        assertFalse(NodeRoles.includesExecutor("api"));
        assertFalse(NodeRoles.includesExecutor(null));
    }
}
