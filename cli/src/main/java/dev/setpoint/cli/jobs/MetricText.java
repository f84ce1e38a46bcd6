package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Decimals;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a job's run measured, for text: {@code psnr=31.72 dB, output_bytes=412345 bytes}, with the
 * units its template declares; "-" when nothing.
 */
public final class MetricText {

    /** What a job that measured nothing shows. */
    static final String NONE = "-";

    private MetricText() {}

    public static String of(Value job, MetricUnits units) {
        String template = ServerJson.text(job, "template");
        Value metrics = ServerJson.member(job, "metrics");
        if (!(metrics instanceof Value.Obj object) || object.members().isEmpty()) {
            return NONE;
        }
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, Value> metric : object.members().entrySet()) {
            String unit = template == null ? "" : units.of(template, metric.getKey());
            shown.add(metric.getKey() + "=" + value(metric.getValue()) + (unit.isEmpty() ? "" : " " + unit));
        }
        return String.join(", ", shown);
    }

    /** A whole number as it is (412345), another to four significant digits (31.72, 0.9871). */
    private static String value(Value value) {
        if (value instanceof Value.Num n) {
            return n.isIntegral() ? Decimals.plain(n.value()) : Decimals.significant(n.doubleValue(), 4);
        }
        return Json.write(value);
    }
}
