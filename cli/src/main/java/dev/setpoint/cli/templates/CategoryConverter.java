package dev.setpoint.cli.templates;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.FunctionType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A function category id such as {@code image_generation}; anything else is a usage error. */
final class CategoryConverter implements ITypeConverter<FunctionType> {

    @Override
    public FunctionType convert(String value) {
        try {
            return FunctionType.of(value);
        } catch (SetpointException e) {
            throw new TypeConversionException(e.problems().get(0).message());
        }
    }
}
