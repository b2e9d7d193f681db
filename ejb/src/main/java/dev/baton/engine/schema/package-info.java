/** Brings the database schema up to date with Flyway before anything else of the engine starts. */
package dev.baton.engine.schema;
