package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.store.TestClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Password guessing is limited: 5 failed sign-ins per user name and 20 per address in any 15
 * minutes; then a 429 problem with Retry-After, whatever the password, until the window has passed
 * (on a clock the test moves).
 */
@Import(SignInThrottleTest.Time.class)
class SignInThrottleTest extends ServerTestBase {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String PASSWORD = "correct-horse-battery";

    @TestConfiguration
    static class Time {
        @Bean
        TestClock clock() {
            return new TestClock();
        }
    }

    @Autowired
    TestClock clock;

    private Browser browser;

    @BeforeEach
    void forgetEarlierFailures() {
        clock.advance(WINDOW);
        browser = new Browser("http://127.0.0.1:" + port);
        browser.open("/login");
    }

    @Test
    void afterFiveWrongPasswordsTheNameIsRefusedWith429AndRetryAfterEvenWithTheRightOneUntilTheWindowPassed() {
        String name = newUserWithPassword("throttled", PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(name, "guess-" + i).status()).isEqualTo(401);
        }

        Http.Response refused = browser.signIn(name, PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(refused.text("detail"))
                .isEqualTo(
                        "too many failed sign-ins for this user name or from this address: try again in 900 seconds");
        Http.Response form = plainForm(name, PASSWORD);
        assertThat(form.status()).isEqualTo(429);
        assertThat(form.header("Content-Type")).startsWith("application/problem+json");
        String another = newUserWithPassword("throttled", PASSWORD);
        assertThat(browser.signIn(another, PASSWORD).status())
                .as("another name")
                .isEqualTo(204);

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(browser.signIn(name, PASSWORD).header("Retry-After")).isEqualTo("1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(browser.signIn(name, PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aSuccessfulSignInClearsTheNamesFailures() {
        String name = newUserWithPassword("throttled", PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(name, "guess-" + i).status()).isEqualTo(401);
        }
        assertThat(browser.signIn(name, PASSWORD).status()).isEqualTo(204);

        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(name, "again-" + i).status())
                    .as("attempt %d after the success", i + 1)
                    .isEqualTo(401);
        }
        assertThat(browser.signIn(name, PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void afterTwentyFailuresFromOneAddressEveryNameFromItIsRefusedUntilTheWindowPassed() {
        for (int i = 0; i < 20; i++) {
            assertThat(browser.signIn("nobody-" + unique(), "guess").status()).isEqualTo(401);
        }
        String name = newUserWithPassword("throttled", PASSWORD);

        Http.Response refused = browser.signIn(name, PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        clock.advance(WINDOW);
        assertThat(browser.signIn(name, PASSWORD).status()).isEqualTo(204);
    }

    /** A plain HTML form post, not asking for JSON. */
    private Http.Response plainForm(String name, String password) {
        return browser.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + password)));
    }
}
