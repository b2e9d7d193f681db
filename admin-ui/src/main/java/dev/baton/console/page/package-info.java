/**
 * One bean per screen, named after it. Beans read through GET parameters ({@code f:viewParam}) so every list
 * is a bookmarkable URL, and act through POST actions that redirect back (post-redirect-get), carrying their
 * messages in the flash. Refusals from the engine and from the role check become messages, never stack traces.
 */
package dev.baton.console.page;
