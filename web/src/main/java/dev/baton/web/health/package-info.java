/** MicroProfile Health checks: the node is ready when its database and its Hazelcast member answer. */
package dev.baton.web.health;
