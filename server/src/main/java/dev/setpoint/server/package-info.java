/**
 * The HTTP service on Spring Boot, packaged by feature ({@code presets}, {@code apply}, {@code jobs},
 * {@code templates}, {@code users}, {@code web}) with {@code config} and {@code errors}; the job
 * engine itself is the {@code jobs} module, wired here as beans. {@code ServerBoundariesTest} keeps
 * the packages free of cycles. See docs/API.md.
 *
 * <p><b>Start-up.</b> The build generates Spring's bean definitions ahead of time ({@code
 * process-aot}); the {@code setpoint} launcher runs from the unpacked jar with {@code
 * -Dspring.aot.enabled=true} and a class-data archive (AppCDS) it records once per build ("preparing
 * faster starts"), and falls back to the plain jar when it cannot. It runs the JVM with the client
 * compiler only ({@code -XX:TieredStopAtLevel=1}): on 2 cores that starts about 1.5 s sooner
 * (docs/PERFORMANCE.md). {@code SETPOINT_JAVA_OPTS} is added after the launcher's flags. {@code java
 * -jar setpoint.jar serve} works without any of this, only slower to start.
 */
@NullMarked
package dev.setpoint.server;

import org.jspecify.annotations.NullMarked;
