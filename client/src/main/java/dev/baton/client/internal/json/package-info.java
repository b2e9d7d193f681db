/** JSON plumbing shared by the transport and the wire records: the fixed envelope mapper and time parsing. */
package dev.baton.client.internal.json;
