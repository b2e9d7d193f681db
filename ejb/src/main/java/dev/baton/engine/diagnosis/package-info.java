/**
 * "Why is this process stuck?": {@link dev.baton.engine.diagnosis.StuckAnalysis} walks the promise graph of
 * a process from its start task down to the tasks that actually hold it up, and reads for each of them what
 * the dispatch side knows (queue, lease, actor blocked or not polled, due time, awaited event). The result is
 * a chain of findings and the suggested actions; {@link dev.baton.engine.diagnosis.DiagnosisService}
 * gathers the facts from the database and Hazelcast.
 */
package dev.baton.engine.diagnosis;
