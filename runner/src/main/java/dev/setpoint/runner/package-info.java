/**
 * Running a template, in plain Java on top of core. The SPI: an {@code Executor} runs one {@code
 * RunSpec} (template, resolved parameters, the run's own directory) and returns a {@code RunOutcome}
 * (outputs, a bounded log, metrics: only numbers the template declares in its {@code metrics:}, in its
 * order, through {@code Metrics.declared}; one it could not measure is absent), reporting to a {@code ProgressSink} from the running thread;
 * cancelling is interrupting that thread; a run that fails (a non-zero exit, a timeout, a tool that
 * cannot start, a backend's error) throws a {@code SetpointException} of kind {@code RUN_FAILED} (HTTP
 * 502, exit 11), not {@code INVALID}, which is kept for bad input. {@code Parameters.checked(spec)}
 * checks every value against its input once more right before use: executors never trust the caller's
 * check.
 *
 * <p>{@code ExecutorRegistry.availability(template)} answers {@code Available(executor)} or {@code
 * Unavailable(reason)}: no {@code execution} ("this template declares no way to run"); a built-in by
 * name; a command whose programs are not on the PATH ("needs ffmpeg, which is not installed") or whose
 * argument vector is flawed; an inference engine whose module python3 cannot find ("needs the Python
 * module sglang, which python3 cannot import here", asked once per module). An HTTP template is
 * always available, since a backend being down is a failed run, not a property of the machine. The
 * PATH lookup, the module lookup and the {@code HttpClient} are constructor arguments.
 *
 * <p>Security: only templates an administrator installed can run commands (the shipped ones and the
 * server's templates directory; no API uploads a template). Values are validated against the
 * template's inputs before they reach an argument; the program is never a placeholder; a free-text
 * input fills a whole argument, never part of one, and one starting with {@code -} is refused unless
 * the template passes it after a literal {@code --}. An engine's flags carry their values joined with
 * '=' ({@code --tp-size=2}), so no value is read as another flag. Outputs are the files the template declares, each
 * a regular file whose real path is inside the run's directory. See docs/TEMPLATES.md.
 */
@NullMarked
package dev.setpoint.runner;

import org.jspecify.annotations.NullMarked;
