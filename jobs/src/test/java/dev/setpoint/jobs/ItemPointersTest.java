package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.Problem;
import dev.setpoint.jobs.testing.TestRuns;
import org.junit.jupiter.api.Test;

/** A batch item's problems point where the client wrote what is wrong in the batch's body. */
class ItemPointersTest {

    @Test
    void anInputTheResolverNamesIsUnderTheItemsInputs() {
        assertThat(ItemPointers.of("/items/3", TestRuns.TEMPLATE, new Problem("millis", "is below the minimum 0")))
                .isEqualTo(new Problem("/items/3/inputs/millis", "is below the minimum 0"));
        assertThat(ItemPointers.within(TestRuns.TEMPLATE, "resolution_scale")).isEqualTo("/inputs/resolution_scale");
    }

    @Test
    void aParameterTheExecutorRefusesIsWhereTheClientSetsItInTheInputs() {
        assertThat(ItemPointers.within(TestRuns.TEMPLATE, "/parameters/behaviour"))
                .isEqualTo("/inputs/behaviour");
    }

    @Test
    void pointersIntoTheItemStayAndAWholeItemProblemIsTheItem() {
        assertThat(ItemPointers.within(TestRuns.TEMPLATE, "/preset_ids")).isEqualTo("/preset_ids");
        assertThat(ItemPointers.within(TestRuns.TEMPLATE, "/template")).isEqualTo("/template");
        assertThat(ItemPointers.within(TestRuns.TEMPLATE, "template")).isEqualTo("/template");
        assertThat(ItemPointers.of("/items/0", TestRuns.TEMPLATE, new Problem("", "cannot run"))
                        .path())
                .isEqualTo("/items/0");
    }

    @Test
    void aResourceTheTemplateHasNoInputForIsTheQualitysDoing() {
        assertThat(ItemPointers.within(TestRuns.TEMPLATE, "memory")).isEqualTo("/quality");
    }
}
