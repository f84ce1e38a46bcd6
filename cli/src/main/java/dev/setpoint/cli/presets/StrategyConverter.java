package dev.setpoint.cli.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code union}, {@code intersection} or {@code last_wins}; anything else is a usage error. */
public final class StrategyConverter implements ITypeConverter<MergeStrategy> {

    @Override
    public MergeStrategy convert(String value) {
        try {
            return MergeStrategy.of(value);
        } catch (SetpointException e) {
            throw new TypeConversionException(e.problems().get(0).message());
        }
    }
}
