/** Who is using the console, and the server-side rule that only {@code baton-admin} may act. */
package dev.baton.console.security;
