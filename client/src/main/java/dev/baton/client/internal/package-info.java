/**
 * Implementation details of the SDK. Nothing under {@code internal} is API: it may change in any release.
 */
package dev.baton.client.internal;
