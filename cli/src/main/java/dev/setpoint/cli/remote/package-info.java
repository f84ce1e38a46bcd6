/**
 * The CLI against a server: {@code --server}/{@code SETPOINT_SERVER} and {@code SETPOINT_TOKEN}, one
 * HTTP client ({@code Server}) that reads problem documents back into the error kinds the CLI reports
 * offline ({@code RemoteErrors}, from core's one kind-to-status table), so a command fails the same
 * way offline and remote.
 */
@NullMarked
package dev.setpoint.cli.remote;

import org.jspecify.annotations.NullMarked;
