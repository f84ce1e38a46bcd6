package dev.setpoint.jobs;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.template.Directives;
import dev.setpoint.core.template.Template;
import java.util.Set;

/**
 * Where a problem of one item of a batch is in the batch's body ({@code {"items": [{"template",
 * "quality", "preset_ids", "merge_strategy", "inputs"}]}}), so that a client, the server and the
 * command line all point where the item was written. Preparing an item names things three ways: a
 * pointer into the item ({@code /preset_ids}, {@code /template}); a resolved parameter as the
 * executor sees it ({@code /parameters/steps}); or a bare name, which is an input or directive of the
 * template as the resolver names them ({@code steps}), a member of the item ({@code template}, which
 * cannot run here), or else a resource the quality level asks too much of ({@code memory}).
 */
public final class ItemPointers {

    private static final String PARAMETERS = "/parameters/";

    /** The members of an item other than its inputs, which a problem may name bare ({@code template}). */
    private static final Set<String> MEMBERS = Set.of("template", "quality", "preset_ids", "merge_strategy");

    private ItemPointers() {}

    /** The problem at its pointer below {@code item} ({@code /items/3}), for an item of {@code template}. */
    public static Problem of(String item, Template template, Problem problem) {
        return new Problem(item + within(template, problem.path()), problem.message());
    }

    /** The pointer within an item's body of a path as preparing the item names it. */
    static String within(Template template, String path) {
        if (path.isEmpty()) {
            return path;
        }
        if (path.startsWith(PARAMETERS)) {
            // A resolved parameter: the client sets it, over every preset, in the inputs.
            return Pointer.of("inputs") + path.substring(PARAMETERS.length() - 1);
        }
        if (path.startsWith("/")) {
            return path;
        }
        if (template.inputs().containsKey(path) || Directives.isDirective(path)) {
            return Pointer.of("inputs", path);
        }
        return MEMBERS.contains(path) ? Pointer.of(path) : Pointer.of("quality");
    }
}
