/** Integration tests of the operators' levers: process operations, bulk operations, actor controls. */
package dev.baton.it.operation;
