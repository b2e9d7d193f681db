/**
 * The REST API, {@code /api/v1}: resources speak DTOs built from the engine's views, never entities,
 * and every error is {@code application/problem+json}.
 */
package dev.baton.web;
