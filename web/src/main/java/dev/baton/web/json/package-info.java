/**
 * Strict reading of request bodies: a size cap before parsing, then field-by-field checks (the domain's
 * {@code Fields}, shared with the JMS consumers) that reject unknown fields and wrong types with a message naming
 * the field.
 */
package dev.baton.web.json;
