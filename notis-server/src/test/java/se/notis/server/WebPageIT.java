package se.notis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web page in real headless Chromium (Debian's chromium + chromium-driver), via Selenium. */
class WebPageIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String REFERENCE_LIKE = "Hundratals migranter från Honduras tog sig på fredagskvällen igenom en "
      + "barriär längs Guatemalas gräns till Mexiko, medan kravallpolis försökte hindra dem.\n\n"
      + "– Vi ska stänga gränsen, sade Donald Trump i ett tal i Arizona på torsdagen.\n\n"
      + "FN:s flyktingorgan UNHCR skickar personal till gränsen.";
  @TempDir static Path dir;
  static ServerFixture fixture;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "headless browser test skipped: install Debian's chromium and chromium-driver "
            + "(apt-get install -y chromium chromium-driver) to run it");
    fixture = new ServerFixture(dir, 5 << 20, 30_000);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (fixture != null) {
      fixture.close();
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String article() throws IOException {
    for (Path path : List.of(Path.of("../shared/examples/000_a3b195a945d74b47.txt"),
        Path.of("../../shared/examples/000_a3b195a945d74b47.txt"))) {
      if (Files.exists(path)) {
        return Files.readString(path);
      }
    }
    return REFERENCE_LIKE;
  }

  private static void analyse(String text) {
    driver.get(fixture.server.url() + "#/analyze");
    WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("analyze-text")));
    js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", area, text);
    driver.findElement(By.id("analyze-button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
  }

  @Test
  void analysesAnArticle() throws IOException {
    String text = article();
    analyse(text);
    String shown = (String) js("return document.getElementById('doc-text').textContent;");
    assertEquals(text, shown, "the analysed text is shown whole and unchanged");
    String counts = driver.findElement(By.id("analysis-counts")).getText();
    assertTrue(counts.matches("\\d+ meningar · \\d+ ord.*") && !counts.startsWith("0 "), counts);
    long entities = (Long) js("return document.querySelectorAll('#doc-text .ent').length;");
    long namesInJson = (Long) js("return document.querySelectorAll('#entity-table tr').length;");
    assertEquals(entities > 0, namesInJson > 0, "entities are coloured in the text when the pipeline finds them");
  }

  @Test
  void articleMarkupNeverRuns() {
    analyse("Artikel: <img src=x onerror=\"window.__pwned=1\"> och <script>window.__pwned=2</script> slut.");
    String shown = driver.findElement(By.id("doc-text")).getText();
    assertTrue(shown.contains("<img src=x onerror="), shown);
    assertTrue(shown.contains("<script>window.__pwned=2</script>"), shown);
    assertEquals(0L, js("return document.querySelectorAll('#view img, #view script').length;"));

    driver.get(fixture.server.url() + "#/doc/a4");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
    assertTrue(driver.findElement(By.id("doc-text")).getText().contains("<script>window.__pwned = 1</script>"));
    assertTrue(driver.findElement(By.cssSelector("#analysis h2")).getText().contains("<script>alert(1)</script>"));

    driver.get(fixture.server.url() + "#/search?q=taggar");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit .snippet")));
    String snippet = driver.findElement(By.cssSelector(".hit .snippet")).getText();
    assertTrue(snippet.contains("<b>taggar</b>") || snippet.contains("<b>"), snippet);
    assertEquals("taggar", driver.findElement(By.cssSelector(".hit .snippet mark")).getText());
    assertNull(js("return window.__pwned;"), "no script from an article ran");
  }

  @Test
  void searchesAndOpensAnEntity() {
    driver.get(fixture.server.url() + "#/search");
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-input")));
    input.sendKeys("flykting");
    driver.findElement(By.id("search-button")).click();
    WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-total")));
    assertTrue(total.getText().startsWith("3 träffar"), total.getText());
    assertEquals(3, driver.findElements(By.cssSelector("#search-results .hit")).size());
    assertFalse(driver.findElements(By.cssSelector("#facet-places a")).isEmpty(), "place facet shown");

    driver.findElement(By.linkText("Migranter tog sig igenom barriären")).click();
    WebElement trump = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#doc-text .ent[data-canonical='Donald Trump']")));
    trump.click();
    WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
    assertEquals("Donald Trump", name.getText());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entity-timeline")));
    assertTrue(driver.findElement(By.id("entity")).getText().contains("Vi ska stänga gränsen"));
    assertFalse(driver.findElements(By.cssSelector("#entity-cooccurring a")).isEmpty());
  }
}
