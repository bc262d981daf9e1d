package io.newsdesk.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.BuildOutput;
import io.newsdesk.e2e.support.Eventually;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader in a real browser against a server started with the demo corpus: the unread list,
 * an article, the keyboard, search and the feeds page, on a desktop screen and a phone. No page
 * may log an error or a Content-Security-Policy violation to the console; a screenshot of every
 * page goes to {@code target/screenshots}. One browser for the whole class, steps in order.
 */
@ExtendWith(ChromiumRequired.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderInBrowserTest {

    /** How RelativeTime words a past date: "5 minutes ago", "yesterday", "last month", … */
    private static final Pattern RELATIVE_AGE =
            Pattern.compile("just now|today|yesterday|this (month|year)|last (month|year)|\\d+ \\w+ ago");
    private static final List<String> DEMO_FEEDS = List.of(
            "The Harbour Times", "The Meridian Ledger", "Fieldnote", "The Kestrel Valley Courier", "Touchline Daily");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.serve("--demo");

    private static HeadlessChromium browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void pagesLoggedNoErrorsAndNoPolicyViolations() {
        List<ConsoleMessage> problems = new ArrayList<>();
        for (ConsoleMessage message : browser.drainConsole()) {
            if (message.isProblemOf(server.baseUri())) {
                problems.add(message);
            }
        }
        assertThat(problems).as("console errors and CSP violations").isEmpty();
    }

    @Test
    @Order(1)
    void theUnreadListShowsEntriesWithSourceAndAge() {
        open("/");

        assertThat(driver.findElement(By.tagName("h1")).getText()).containsIgnoringCase("unread");
        List<WebElement> cards = cards();
        assertThat(cards).hasSizeGreaterThan(10);
        for (WebElement card : cards) {
            String title = card.findElement(By.cssSelector("[data-entry-link]")).getText();
            assertThat(card.findElement(By.cssSelector(".meta__source")).getText()).as("source of %s", title).isNotBlank();
            assertThat(card.findElement(By.tagName("time")).getText()).as("age of %s", title).matches(RELATIVE_AGE);
        }
        assertThat(driver.findElements(By.cssSelector("[data-entry-card] .count"))).as("aggregator counts").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("[data-entry-card] .tag--teaser"))).as("teasers").isNotEmpty();
        screenshotOnDesktopAndPhone("01-unread");
    }

    @Test
    @Order(2)
    void anArticleShowsItsTextAndLinksToTheOriginalSafely() {
        open("/");
        WebElement card = cards().stream()
                .filter(candidate -> !candidate.findElements(By.cssSelector("[data-original-link]")).isEmpty())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry in the list links to its original"));
        String title = card.findElement(By.cssSelector("[data-entry-link]")).getText();

        card.findElement(By.cssSelector("[data-entry-link]")).click();

        waitUntil(ExpectedConditions.urlMatches("/entries/\\d+$"));
        assertThat(driver.findElement(By.cssSelector("h1.article__title")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.cssSelector(".article__content")).getText()).hasSizeGreaterThan(100);
        WebElement original = driver.findElement(By.cssSelector(".article__original a"));
        assertThat(original.getText()).contains("Read entire article");
        assertThat(original.getDomAttribute("rel").split("\\s+")).contains("noopener", "noreferrer");
        assertThat(original.getDomAttribute("target")).isEqualTo("_blank");
        assertThat(original.getDomAttribute("href")).startsWith("https://");
        screenshotOnDesktopAndPhone("02-article");

        driver.navigate().back();

        waitUntil(ExpectedConditions.urlToBe(server.baseUri().toString()));
        assertThat(cards()).isNotEmpty();
    }

    @Test
    @Order(3)
    void anArticleWithPicturesFitsAPhoneScreen() {
        JsonNode illustrated = null;
        for (JsonNode entry : server.api().get("/api/v1/entries?limit=100").json().path("entries")) {
            if (entry.path("content").asText().contains("<img")) {
                illustrated = entry;
                break;
            }
        }
        assertThat(illustrated).as("the demo corpus has an entry with pictures").isNotNull();

        open("/entries/" + illustrated.path("id").asLong());

        assertThat(driver.findElements(By.cssSelector(".article__content img"))).isNotEmpty();
        screenshotOnDesktopAndPhone("03-illustrated-article");
    }

    @Test
    @Order(4)
    void jAndKMoveTheSelectionAndOOpensIt() {
        open("/");
        List<String> ids = cards().stream().map(card -> card.getDomAttribute("data-entry-id")).toList();

        press("j", "j");
        assertThat(selectedEntryId()).isEqualTo(ids.get(1));
        press("k");
        assertThat(selectedEntryId()).isEqualTo(ids.get(0));
        press("o");

        waitUntil(ExpectedConditions.urlMatches("/entries/" + ids.get(0) + "$"));
        screenshot("04-opened-with-keyboard-desktop");
    }

    @Test
    @Order(5)
    void sStarsTheSelectedEntryForGoodAndMTogglesItsReadState() {
        open("/");
        press("j");
        String id = selectedEntryId();
        By star = By.cssSelector("[data-entry-id='" + id + "'] .star-button");
        assertThat(driver.findElement(star).getDomAttribute("aria-pressed")).isEqualTo("false");

        press("s");
        waitUntil(ExpectedConditions.attributeToBe(star, "aria-pressed", "true"));
        driver.navigate().refresh();
        assertThat(driver.findElement(star).getDomAttribute("aria-pressed")).as("the star survives a reload").isEqualTo("true");
        assertThat(entry(id).path("starred").asBoolean()).isTrue();

        By card = By.cssSelector("[data-entry-card][data-entry-id='" + id + "']");
        press("j");
        assertThat(selectedEntryId()).isEqualTo(id);
        press("m");
        waitUntil(ExpectedConditions.attributeContains(card, "class", "is-read"));
        assertThat(entry(id).path("status").asText()).isEqualTo("read");
        press("m");
        waitUntil(ExpectedConditions.attributeContains(card, "class", "is-unread"));
        assertThat(entry(id).path("status").asText()).isEqualTo("unread");
    }

    @Test
    @Order(6)
    void searchShowsResultsWithTheWordHighlighted() {
        open("/");
        WebElement search = driver.findElement(By.id("site-search-q"));
        search.sendKeys("strike", Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/search?q=strike"));

        // The server indexes the demo corpus in the background after it starts.
        Eventually.holds(() -> {
            driver.navigate().refresh();
            List<String> highlighted = driver.findElements(By.cssSelector(".result mark")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(highlighted).isNotEmpty().allSatisfy(word -> assertThat(word).isEqualToIgnoringCase("strike"));
        });
        assertThat(driver.findElement(By.cssSelector(".search-summary")).getText()).contains("strike");
        screenshot("06-search-desktop");
    }

    @Test
    @Order(7)
    void theFeedsPageListsTheDemoFeeds() {
        open("/feeds");

        List<String> titles = driver.findElements(By.cssSelector(".feed__title")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(titles).containsAll(DEMO_FEEDS);
        screenshot("07-feeds-desktop");
    }

    @Test
    @Order(8)
    void theConsoleCheckWouldSeeAPolicyViolationOrAnError() {
        open("/");
        driver.executeScript("const script = document.createElement('script');"
                + "script.textContent = 'window.inlineScriptRan = true;';"
                + "document.head.appendChild(script);");

        assertThat(driver.executeScript("return window.inlineScriptRan === true;"))
                .as("the Content-Security-Policy blocks inline script").isEqualTo(false);
        assertThat(browser.drainConsole()).as("the violation is reported on the console")
                .anySatisfy(message -> {
                    assertThat(message.text()).contains("Content Security Policy");
                    assertThat(message.isProblemOf(server.baseUri())).isTrue();
                });

        open("/no-such-page");

        assertThat(browser.drainConsole()).as("a failed load is reported on the console")
                .anySatisfy(message -> {
                    assertThat(message.text()).contains("404");
                    assertThat(message.isProblemOf(server.baseUri())).isTrue();
                });
    }

    private static void open(String path) {
        driver.get(server.baseUri().resolve(path).toString());
    }

    private static List<WebElement> cards() {
        return driver.findElements(By.cssSelector("[data-entry-card]"));
    }

    private static String selectedEntryId() {
        List<WebElement> selected = driver.findElements(By.cssSelector("[data-entry-card].is-selected"));
        assertThat(selected).as("exactly one selected entry").hasSize(1);
        return selected.getFirst().getDomAttribute("data-entry-id");
    }

    private static void press(String... keys) {
        Actions typing = new Actions(driver);
        for (String key : keys) {
            typing.sendKeys(key);
        }
        typing.perform();
    }

    private static JsonNode entry(String id) {
        return server.api().get("/api/v1/entries/" + id).json();
    }

    private static void waitUntil(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, PATIENCE).until(condition);
    }

    /** Screenshots on both screens; on the phone, the page must also fit the width without sideways scrolling. */
    private static void screenshotOnDesktopAndPhone(String name) {
        screenshot(name + "-desktop");
        browser.use(HeadlessChromium.PHONE);
        try {
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            screenshot(name + "-phone");
            assertThat(overflow.intValue()).as("pixels the page is wider than a phone screen").isLessThanOrEqualTo(0);
        } finally {
            browser.use(HeadlessChromium.DESKTOP);
        }
    }

    private static void screenshot(String name) {
        try {
            Files.write(BuildOutput.screenshots().resolve(name + ".png"), browser.screenshot());
        } catch (IOException e) {
            throw new AssertionError("cannot save the screenshot " + name, e);
        }
    }
}
