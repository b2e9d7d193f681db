package dev.baton.engine.cluster;

/** A node as the registry sees it. */
public enum NodeState {
    /** A member of the cluster, heard from within the last few seconds. */
    UP,
    /** Still a member, but silent: paused, overloaded, or about to be removed by failure detection. */
    SUSPECT,
    /** No longer a member (stopped, crashed or cut off); forgotten some minutes after it was last seen. */
    DOWN
}
