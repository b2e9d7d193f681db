/** Small value types and helpers shared by every feature of the domain: ids, actor names, JSON text. */
package dev.baton.domain.common;
