/**
 * The one place that turns exceptions into {@code application/problem+json}: {@code ProblemAdvice},
 * with the status taken from the error kind ({@code SetpointException.Kind.httpStatus()}, the one
 * table, which the CLI reads back); {@code ProblemDocuments} builds the documents, and {@code
 * JsonProblems} words a request body that binds badly from Jackson's typed exceptions (the property's
 * path, the expected type), never from message text. An exception raised in a servlet filter, outside
 * Spring MVC, reaches the container's error page, where {@code ErrorPage} throws it again for {@code
 * ProblemAdvice}; a request Tomcat refuses before any servlet (a path with an encoded {@code /}) is
 * written by {@code ContainerErrors}' valve; a request Tomcat lets through but Spring cannot read (a
 * bad {@code %} in a matrix parameter, a wildcard {@code Content-Type}) is refused first by the {@code
 * MalformedRequests} filter.
 */
@NullMarked
package dev.setpoint.server.errors;

import org.jspecify.annotations.NullMarked;
