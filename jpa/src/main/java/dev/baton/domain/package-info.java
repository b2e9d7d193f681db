/**
 * Baton's domain model: processes, tasks, decisions and their history, with the behaviour that keeps
 * their life cycles consistent. Nothing here knows about HTTP, JMS or Hazelcast; the engine in the EJB
 * module loads these objects, calls one domain method and stores them.
 */
package dev.baton.domain;
