/**
 * Commands: {@code ArgumentVector} fills the template's arguments from checked values (the rules
 * against injection are in the runner package's notes), and {@code CommandExecutor} starts it with
 * {@code ProcessBuilder}, never a shell, in the run's directory with standard input closed; both
 * output streams go to a bounded log (256 KiB, oldest lines dropped) and through the template's
 * progress pattern; a template's {@code stage} turns those raw lines into the stage a person reads
 * ({@code StageText}, "encoding, frame 120 of 240", forwarded with the fraction by {@code
 * LiveProgress}). After a successful run, its {@code measure} steps ({@code Measurements}) run under
 * the same rules and their output lines give the declared metrics; a step that fails leaves its
 * metrics out and never fails the run. Before a job is queued, {@code check} fills the argument vector once, so a value
 * no argument can hold is a 400 at submission. Every 20 ms it samples the tree's CPU time and each
 * process's peak resident memory ({@code ProcessTreeUsage}, {@code /proc/<pid>/status} {@code VmHWM}).
 *
 * <p><b>Engines.</b> {@code EngineExecutor} runs an {@code execution.engine}: {@code EngineLaunch}
 * builds the server's argument vector from the point (flags joined to their values with '=',
 * booleans present or absent), {@code RunningEngine} starts it on a free port with its output in the
 * run's log, waits for its health endpoint while it runs, and on close sends SIGTERM, waits a grace
 * period and kills every process it was seen to start (a crashed engine re-parents its workers out of
 * its tree); the load itself is the {@code load} package's. Their tests are contract tests against
 * {@code FakeEngine}, a real child process: the engines need GPUs.
 *
 * <p><b>Process trees.</b> A timeout or an interrupt kills the whole tree ({@code ProcessTree}:
 * descendants first, so none escapes by being re-parented). A server killed outright cannot kill its
 * commands, which are re-parented and run on; so each run notes its process and the process that
 * started it (ids and start times) next to its directory ({@code ProcessRecord}, {@code
 * <dir>.process}). At start, before any worker runs, the jobs engine kills every noted tree whose
 * starter no longer runs ({@code ProcessRecord.endOrphans}), and a new attempt kills what an earlier
 * one noted before its directory is emptied. A pid is killed only while its start time is the noted
 * one, so a reused pid is never hit. No parent-death signal is used: Linux sends {@code
 * PR_SET_PDEATHSIG} when the thread that started the child ends, not the process, and a JobRunr worker
 * thread's lifetime is promised by nobody; nor does a process group help, since nothing signals it
 * when the JVM is SIGKILLed. So a killed server's commands run until the next start on that data
 * directory ({@code OrphanedCommandTest}).
 */
@NullMarked
package dev.setpoint.runner.command;

import org.jspecify.annotations.NullMarked;
