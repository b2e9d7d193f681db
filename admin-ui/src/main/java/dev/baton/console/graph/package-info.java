/**
 * The task graph of a process drawn on the server as SVG: tasks are nodes coloured by state, promises are
 * edges from the task that produces a value to the task that waits for it, and a dashed edge leads from a
 * decider to each task its decision created. {@link dev.baton.console.graph.LayeredLayout} places the nodes
 * in layers (a longest-path layering, then barycenter ordering to keep edges short and uncrossed);
 * {@link dev.baton.console.graph.SvgGraph} writes the picture, escaping every text it shows.
 */
package dev.baton.console.graph;
