/**
 * The reference functions templates name with {@code execution: {builtin:
 * image|video|audio|text|noop}} ({@code BuiltinFunctions.named}): real computations whose time follows
 * their parameters and whose quality, which every run measures against a reference ({@code
 * BuiltinFunction.measure}: PSNR, SNR, bits per character), rises with the level.
 * The two JIT compilers make their loops run at different relative speeds, so their work-unit weights
 * are measured under each and {@code Jit} picks one set from the JVM's own flags. How they work and
 * what the levels buy: docs/FUNCTIONS.md. WAV files are written and read through {@code
 * javax.sound.sampled} ({@code Wav}).
 *
 * <p>Video uses jcodec 0.2.5, which has had no release since 2019. It stays because it is the only
 * pure-Java H.264 encoder and decoder on Maven Central, and the built-in functions must run in process
 * with nothing installed and give reproducible bytes for a seed. JavaCV is maintained but ships large
 * native binaries per platform; piping frames to an installed ffmpeg would make the built-in depend on
 * a tool and its version's bytes, which is what the {@code ffmpeg-video} command template is for.
 * jcodec is confined to {@code H264Writer} and {@code VideoFunction}, and only encodes frames Setpoint
 * rendered and decodes its own output, never user-supplied media.
 */
@NullMarked
package dev.setpoint.runner.builtin;

import org.jspecify.annotations.NullMarked;
