package dev.setpoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signing in, the way back to the page asked for (and never off the site), a session that ended, a path with no page, and the personal API token for the command line. */
class SignInTest extends PageTest {

    @Test
    void aWrongPasswordIsSaidInWordsAndTheRightOneOpensThePageAskedFor() {
        try (BrowserContext anonymous = stack.newContext(null)) {
            Page signIn = anonymous.newPage();
            signIn.navigate(stack.url + "/templates");
            assertThat(signIn).hasURL(Pattern.compile("/login\\?next=%2Ftemplates$"));
            signIn.getByLabel("Username").fill(Stack.USER);
            signIn.getByLabel("Password").fill("not the password");
            signIn.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(signIn.getByRole(AriaRole.ALERT))
                    .hasText("Wrong username or password. Check them and try again.");
            page = signIn;
            screenshot("sign-in");

            signIn.getByLabel("Password").fill(Stack.PASSWORD);
            signIn.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(signIn).hasURL(stack.url + "/templates");
            assertThat(signIn.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Templates").setLevel(1)))
                    .isVisible();
        }
    }

    @Test
    void aSessionThatEndedLeadsToTheSignInPageAndBackToThePageAskedFor() {
        page.navigate("/presets");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Presets").setLevel(1)))
                .isVisible();
        context.clearCookies();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Runs"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fruns$"));
        page.getByLabel("Username").fill(Stack.USER);
        page.getByLabel("Password").fill(Stack.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Runs").setLevel(1)))
                .isVisible();
        assertThat(page).hasTitle("Runs · Setpoint");
    }

    @Test
    void aPathWithNoPageSaysSoWithStatus404() {
        Response response = page.navigate(stack.url + "/presets/no-such-page");
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        assertThat(page.getByText("There is no page at /presets/no-such-page.")).isVisible();
        assertThat(page).hasTitle("Page not found · Setpoint");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Runs").setExact(true))
                .last()
                .click();
        assertThat(page).hasURL(stack.url + "/runs");
    }

    @Test
    void theSignInPageTellsASignedInUserWhoTheyAre() {
        page.navigate("/login?next=%2Fruns");
        assertThat(page.getByText("You are signed in as " + Stack.USER + ".")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go on"))
                .click();
        assertThat(page).hasURL(stack.url + "/runs");
    }

    @Test
    void aNextOffTheSiteLeadsToTheSitesOwnPage() {
        for (String next : new String[] {
            "https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2Fx", "%2F%5Cevil.example", "javascript%3Aalert(1)"
        }) {
            page.navigate("/login?next=" + next);
            Locator goOn = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go on"));
            assertThat(goOn).hasAttribute("href", "/presets");
            goOn.click();
            assertThat(page).hasURL(stack.url + "/presets");
        }
        try (BrowserContext anonymous = stack.newContext(null)) {
            Page signIn = anonymous.newPage();
            signIn.navigate(stack.url + "/login?next=%2F%2Fevil.example%2Fx");
            signIn.getByLabel("Username").fill(Stack.USER);
            signIn.getByLabel("Password").fill(Stack.PASSWORD);
            signIn.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(signIn).hasURL(stack.url + "/presets");
            assertThat(signIn.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Presets").setLevel(1)))
                    .isVisible();
        }
    }

    @Test
    void theUserMenuMakesATokenForTheCommandLine() {
        page.navigate("/presets");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Stack.USER))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("API token for the command line…"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();

        assertThat(page.getByLabel("Your new token (cli)")).hasValue(Pattern.compile("^sp_\\w{20,}$"));
        assertThat(page.locator("pre.code"))
                .containsText("export SETPOINT_SERVER=" + stack.url + " SETPOINT_TOKEN=sp_");
        screenshot("token");
    }

    @Test
    void signingOutLeadsBackToTheSignInPage() {
        // A session of its own: the other tests share theirs, and signing out ends a session.
        try (BrowserContext own = stack.newContext(null)) {
            Page mine = own.newPage();
            stack.signIn(mine, Stack.PASSWORD);
            mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Stack.USER))
                    .click();
            mine.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"))
                    .click();
            assertThat(mine.getByText("You are signed out.")).isVisible();
            mine.navigate(stack.url + "/presets");
            assertThat(mine).hasURL(Pattern.compile("/login\\?next="));
        }
    }
}
