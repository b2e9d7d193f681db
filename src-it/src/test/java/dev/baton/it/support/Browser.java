package dev.baton.it.support;

import dev.baton.it.BatonDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium, sized so
 * that pages and screenshots are exactly 1280×800 CSS pixels. Screenshots go to the directory in the system
 * property {@code baton.it.screenshots} (default {@code target/screenshots}).
 */
public final class Browser implements AutoCloseable {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    private static final String CHROMIUM = System.getProperty("baton.it.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("baton.it.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path screenshots;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--window-size=" + WIDTH + "," + HEIGHT,
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(Duration.ofSeconds(60));
        screenshots = Path.of(System.getProperty("baton.it.screenshots", "target/screenshots"));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a console page, e.g. {@code processes.xhtml?state=FAILED}. */
    public Browser open(String page) {
        driver.get(BatonDeployment.CONSOLE.resolve(page).toString());
        return this;
    }

    /** Signs in through the console's login form (any console page leads there). */
    public Browser login(BatonDeployment.User user) {
        open("index.xhtml");
        find(By.id("j_username")).sendKeys(user.name());
        find(By.id("j_password")).sendKeys(user.password());
        find(By.id("login-button")).click();
        waitFor(By.id("user-name"));
        return this;
    }

    public void logout() {
        find(By.id("logout:logoutButton")).click();
        waitFor(By.id("login-form"));
    }

    public WebElement find(By by) {
        return waitFor(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** Clicks something that submits a form, and waits for the next page to replace this one. */
    public void submit(WebElement button) {
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
    }

    /** The first row of the matching rows whose text contains {@code text}. */
    public WebElement row(By rows, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(rows).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    public void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -56);",
                find(by));
    }

    public void scrollToTop() {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    }

    public Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    /** Saves a screenshot of what a 1280×800 window shows now; returns the file. */
    public Path screenshot(String name) {
        fitViewport();
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the viewport (not the window) 1280×800: headless windows count some height for browser chrome. */
    private void fitViewport() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
        if (innerWidth != WIDTH || innerHeight != HEIGHT) {
            Dimension size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.width + (int) (WIDTH - innerWidth),
                    size.height + (int) (HEIGHT - innerHeight)));
        }
    }

    /** The page's horizontal overflow in CSS pixels (0 when nothing needs horizontal scrolling). */
    public long horizontalOverflow() {
        fitViewport();
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
