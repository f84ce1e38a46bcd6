/**
 * Spring configuration shared by the features: the store and its pool; one way to read a request body
 * ({@code BodyLimitFilter} caps it at 1 MiB, {@code RequestJson} parses it with core's {@code Json}
 * within core's {@code Limits}, and {@code RequestBodyConverter} binds request records from it with
 * the strict mapper, so every endpoint has the same limits and words); JSON ({@code Value} as
 * Jackson's model of request members); canonical ids in paths and queries ({@code Ids}), links ({@code
 * Links}, {@code PublicUrl}: absolute under {@code SETPOINT_PUBLIC_URL}, else paths, never the {@code
 * Host} a client sent; forwarded headers ignored unless configured) and the API docs.
 */
@NullMarked
package dev.setpoint.server.config;

import org.jspecify.annotations.NullMarked;
