/** The Java SDK against the real server: annotated actors run by the ActorRunner, typed process starts. */
package dev.baton.it.sdk;
