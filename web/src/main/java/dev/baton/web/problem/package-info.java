/** Turns every failure into {@code application/problem+json} with a stable type and no stack trace. */
package dev.baton.web.problem;
