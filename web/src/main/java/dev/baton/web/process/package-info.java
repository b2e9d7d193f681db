/** {@code /processes}: start, read and list processes, and read a process's tasks. */
package dev.baton.web.process;
