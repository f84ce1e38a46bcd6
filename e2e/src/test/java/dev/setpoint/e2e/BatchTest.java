package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Batch page: a batch submitted through the API is watched from the page, whose counts move with
 * the batch's events until every item has ended, without a reload; the batches list leads to it.
 */
class BatchTest extends PageTest {

    private static final Pattern BATCH_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    /** Long enough for the items to be queued, run and recorded on a busy machine. */
    private static final LocatorAssertions.HasTextOptions FINISHED =
            new LocatorAssertions.HasTextOptions().setTimeout(90_000);

    @Test
    void aBatchPageShowsItsCountsLiveUntilEveryItemHasEnded() {
        String name = unique("Tones");
        // Three tones of two seconds each (ffmpeg in real time) and three images: slow enough to watch.
        String tone = "{\"template\": \"e2e-slow-tone\", \"inputs\": {\"duration_seconds\": 2}}";
        String image = "{\"template\": \"e2e-image\", \"quality\": \"draft\", \"inputs\": {\"prompt\": \"a boat\"}}";
        Matcher id = BATCH_ID.matcher(stack.api(
                "POST",
                "/api/batches",
                "{\"name\": \"" + name + "\", \"items\": [" + String.join(", ", tone, image, tone, image, tone, image)
                        + "]}"));
        assertThat(id.find()).isTrue();

        page.navigate("/batches");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page).hasURL(Pattern.compile(".*/batches/" + id.group(1) + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(name);
        Locator ended = page.getByTestId("batch-ended");
        assertThat(ended).containsText("of 6 items ended");
        screenshot("batch-running");

        assertThat(page.getByTestId("count-succeeded")).hasText("6", FINISHED);
        assertThat(ended).hasText("6 of 6 items ended (100 %).");
        assertThat(page.getByTestId("batch-status")).hasText("finished");
        assertThat(page.getByTestId("count-queued")).hasText("0");
        assertThat(page.getByTestId("count-running")).hasText("0");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel batch")))
                .hasCount(0);
        assertThat(page.getByTestId("batch-measured")).hasText(Pattern.compile("^\\d+(\\.\\d+)? (s|ms)$"));
        Locator items = page.locator("tbody tr[data-item]");
        assertThat(items).hasCount(6);
        for (Locator status : items.getByTestId("job-status").all()) {
            assertThat(status).hasText("succeeded");
        }
        screenshot("batch");

        items.first().getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(Pattern.compile(".*/runs/[0-9a-f-]{36}$"));
        assertThat(page.locator("audio")).hasAttribute("src", Pattern.compile(".*/outputs/tone\\.wav$"));
    }

    @Test
    void aRunningBatchIsCancelledFromItsPage() {
        String tone = "{\"template\": \"e2e-slow-tone\", \"inputs\": {\"duration_seconds\": 300}}";
        Matcher id = BATCH_ID.matcher(
                stack.api("POST", "/api/batches", "{\"items\": [" + String.join(", ", tone, tone, tone) + "]}"));
        assertThat(id.find()).isTrue();

        page.navigate("/batches/" + id.group(1));
        assertThat(page.getByTestId("batch-status")).hasText("running");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel batch"))
                .click();
        assertThat(page.getByTestId("batch-status")).hasText("cancelled", FINISHED);
        assertThat(page.getByTestId("count-cancelled")).hasText("3", FINISHED);
        assertThat(stack.api("GET", "/api/batches/" + id.group(1), null)).contains("\"status\":\"cancelled\"");
    }
}
