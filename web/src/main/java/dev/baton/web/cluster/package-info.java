/** {@code /cluster}: the node registry on the wire. */
package dev.baton.web.cluster;
