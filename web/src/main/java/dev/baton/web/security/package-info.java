/** Security glue: authentication failures answered as problems, like every other error. */
package dev.baton.web.security;
