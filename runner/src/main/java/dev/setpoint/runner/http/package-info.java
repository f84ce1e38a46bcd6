/**
 * HTTP backends over {@code java.net.http.HttpClient}: {@code A1111Executor} ({@code POST
 * /sdapi/v1/txt2img}, polling {@code GET /sdapi/v1/progress} while it runs) and {@code
 * OpenAiChatExecutor} ({@code POST /v1/chat/completions}). An interrupt cancels the request; an answer
 * other than 2xx fails the run with the status and an excerpt of the body, a malformed one with what
 * was expected. Their tests are contract tests against a local {@code
 * com.sun.net.httpserver.HttpServer} that implements the documented shapes: not tests against a real
 * web UI or model server, which cannot run here.
 */
@NullMarked
package dev.setpoint.runner.http;

import org.jspecify.annotations.NullMarked;
