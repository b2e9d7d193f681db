/** The admin console in a real headless browser against the real server: pages, actions, roles and CSRF. */
package dev.baton.it.console;
