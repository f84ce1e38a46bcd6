/**
 * {@code apply}, {@code check}, {@code estimate} and {@code run}. Offline, {@code run} works on the
 * data directory's database through the same jobs engine the server uses ({@code cli.jobs}), and
 * {@code estimate} reads the runs recorded there. A quality preset is named by id, slug or name, names
 * compared as the server compares them. {@code --output-dir} saves only under plain file names,
 * checked for every output before the first is written, and follows only paths on the same server: the
 * server names the outputs, and a name such as {@code ../.bashrc} must not write outside the
 * directory.
 */
@NullMarked
package dev.setpoint.cli.apply;

import org.jspecify.annotations.NullMarked;
