/**
 * The admin console: Jakarta Faces pages ({@code *.xhtml}) backed by one bean per screen
 * ({@code page}), which talk to the engine only through facades ({@code facade}) that return view models
 * ({@code view}), never entities. Reads are GET requests with bookmarkable parameters; every action is a POST
 * that carries the page's server-side view state and is checked for the {@code baton-admin} role on the server.
 */
package dev.baton.console;
