/**
 * The console's only way into the engine: each facade calls the engine's services ({@code ProcessService},
 * {@code ProcessOperations}, {@code BulkOperations}, {@code ActorService}, {@code AuditLog},
 * {@code DiagnosisService}, {@code OverviewService}) and returns view models. Every method that changes
 * something asks {@link dev.baton.console.security.ConsoleUser#requireAdmin()} first, and the engine records
 * it in the audit log under the signed-in user's name.
 */
package dev.baton.console.facade;
