/**
 * The pages: {@code WebPages} answers each page path with {@code index.html} (and any other path a
 * browser asks for with {@code index.html} and status 404, so the pages say "Page not found" where a
 * script gets a problem document). The pages and their assets are public, under a
 * Content-Security-Policy the built pages satisfy; the API stays closed. See ui/README.md.
 */
@NullMarked
package dev.setpoint.server.web;

import org.jspecify.annotations.NullMarked;
