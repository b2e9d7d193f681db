/** Test support: a plain HTTP client for the API, await conditions, and step-by-step actors. */
package dev.baton.it.support;
