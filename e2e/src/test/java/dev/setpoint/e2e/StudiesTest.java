package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Studies pages: a real 2 × 2 grid study of the built-in image function (steps × sampler), started
 * from the form as Apply's "Tune" links it, followed live to its end; its trial table sorts by score,
 * its best trial is saved as a preset, which opens in Apply. Its charts break no
 * Content-Security-Policy rule. A study of two objectives marks its Pareto front; a running study is
 * cancelled from its page.
 */
class StudiesTest extends PageTest {

    private static final Pattern STUDY_PAGE = Pattern.compile(".*/studies/([0-9a-f-]{36})$");
    private static final Pattern PRESET_ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern STUDY_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final String REPORT_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e => "
            + "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))";
    /** Long enough for four short runs to be queued, run and recorded one after another on a busy machine. */
    private static final LocatorAssertions.HasTextOptions FINISHED =
            new LocatorAssertions.HasTextOptions().setTimeout(120_000);

    @Test
    void aGridStudyStartedFromTheFormRunsLiveToItsEndAndItsBestOpensInApplyAsAPreset() {
        List<String> console = new CopyOnWriteArrayList<>();
        context.addInitScript(REPORT_VIOLATIONS);
        page.onConsoleMessage(message -> console.add(message.text()));
        String steps = preset(unique("Steps"), "{\"steps\": [2, 4]}");
        String samplers = preset(unique("Samplers"), "{\"sampler\": [\"euler\", \"ddim\"]}");
        String name = unique("Lighthouse study");

        page.navigate("/studies/new?template=e2e-image&quality=draft&presets=" + steps + "," + samplers + "&inputs="
                + URLEncoder.encode("{\"prompt\": \"a lighthouse at dusk\"}", StandardCharsets.UTF_8));
        assertThat(page.getByTestId("study-grid")).hasText("The study's grid: 4 points.");
        assertThat(page.getByLabel("Objective 1 metric")).hasValue("psnr");
        assertThat(page.getByLabel("Objective 1 direction")).hasValue("maximize");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        screenshot("study-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start study"))
                .click();
        page.waitForURL(STUDY_PAGE);
        Matcher id = STUDY_PAGE.matcher(page.url());
        assertThat(id.matches()).isTrue();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(name);

        // Followed without a reload: the events carry the study to its end.
        assertThat(page.getByTestId("study-status")).hasText("finished", FINISHED);
        assertThat(page.getByTestId("trials-succeeded")).hasText("4");
        assertThat(page.getByTestId("study-progress")).hasText("4 of 4 trials ended.");
        Locator rows = page.getByTestId("trial-table").locator("tbody tr");
        assertThat(rows).hasCount(4);
        assertThat(page.getByTestId("score-chart").locator("svg").first()).isVisible();
        assertThat(page.getByTestId("best-trial")).containsText("scored");
        assertThat(stack.api("GET", "/api/studies/" + id.group(1), null))
                .contains("\"status\":\"finished\"", "\"grid_size\":4");

        Locator score = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Score (max psnr)"));
        score.click();
        score.click();
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Score (max psnr)")))
                .hasAttribute("aria-sort", "descending");
        List<Double> scores = new ArrayList<>();
        for (String text : rows.locator("td[data-score='0']").allTextContents()) {
            scores.add(Double.valueOf(text));
        }
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        String best = page.getByTestId("best-trial").textContent().replaceAll("^Trial (\\d+) .*$", "$1");
        assertThat(rows.first().getAttribute("data-trial")).isEqualTo(String.valueOf(Integer.parseInt(best) - 1));
        screenshot("study");

        Locator actions = page.getByTestId("trial-actions");
        actions.getByLabel("Preset name").fill(name + " best");
        actions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save as preset"))
                .click();
        Locator saved = actions.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name + " best"));
        assertThat(saved).hasAttribute("href", Pattern.compile("^/presets/\\d+$"));
        actions.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open in Apply"))
                .click();
        page.waitForURL(Pattern.compile(".*/apply$"));
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Chosen presets, in merge order")))
                .containsText(name + " best");
        assertThat(page.getByTestId("grid-size")).hasText("1");

        page.navigate("/studies");
        assertThat(page.locator("tr[data-study='" + id.group(1) + "']")).containsText("4 of 4 trials ended");
        screenshot("studies");
        assertThat(console).noneMatch(m -> m.contains("CSP violation") || m.contains("Content Security Policy"));
    }

    @Test
    void aStudyOfTwoObjectivesMarksItsParetoFront() {
        String steps = preset(unique("Steps"), "{\"steps\": [2, 4]}");
        String samplers = preset(unique("Samplers"), "{\"sampler\": [\"euler\", \"ddim\"]}");
        String id = study("{\"template\": \"e2e-image\", \"quality\": \"draft\", \"preset_ids\": [" + steps + ", "
                + samplers + "], \"inputs\": {\"prompt\": \"a red boat\"}, \"objectives\": [{\"metric\": \"psnr\", "
                + "\"direction\": \"maximize\"}, {\"metric\": \"run_seconds\", \"direction\": \"minimize\"}]}");

        page.navigate("/studies/" + id);
        assertThat(page.getByTestId("study-status")).hasText("finished", FINISHED);
        assertThat(page.getByTestId("pareto-front")).containsText("no other trial is better on both objectives");
        Locator chart = page.getByTestId("pareto-chart");
        assertThat(chart.locator("svg").first()).isVisible();
        assertThat(chart.getByRole(AriaRole.IMG).first())
                .hasAttribute(
                        "aria-label",
                        Pattern.compile("^psnr against run_seconds for 4 trials; the Pareto front has [1-4]: .*"));
        assertThat(page.getByTestId("trial-table").locator("tr.best-trial").first())
                .containsText("front");
        screenshot("study-pareto");
    }

    @Test
    void aRunningStudyIsCancelledFromItsPageAndKeepsWhatFinished() {
        String durations = preset(unique("Durations"), "{\"duration_seconds\": [300, 301]}");
        String id = study("{\"template\": \"e2e-slow-tone\", \"preset_ids\": [" + durations
                + "], \"objectives\": [{\"metric\": \"run_seconds\", \"direction\": \"minimize\"}]}");

        page.navigate("/studies/" + id);
        assertThat(page.getByTestId("study-status")).hasText("running");
        assertThat(page.getByTestId("trials-running")).hasText("1", FINISHED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel study"))
                .click();
        assertThat(page.getByTestId("study-status")).hasText("cancelled", FINISHED);
        assertThat(page.getByTestId("trials-cancelled")).hasText("1", FINISHED);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel study")))
                .hasCount(0);
        assertThat(stack.api("GET", "/api/studies/" + id, null)).contains("\"status\":\"cancelled\"");
    }

    /** A study started through the API; its id. */
    private static String study(String json) {
        Matcher id = STUDY_ID.matcher(stack.api("POST", "/api/studies", json));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    /** A parameter preset of the test's own; its id. */
    private static String preset(String name, String parameters) {
        Matcher id = PRESET_ID.matcher(
                stack.api("POST", "/api/presets", "{\"name\": \"" + name + "\", \"parameters\": " + parameters + "}"));
        assertThat(id.find()).isTrue();
        return id.group(1);
    }
}
