package dev.baton.it.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.it.BatonDeployment;
import dev.baton.it.support.Api;
import dev.baton.it.support.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.baton.it.support.Api.promise;
import static dev.baton.it.support.Api.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in headless Chromium against the real server: an administrator reads the dashboard, filters and
 * pages processes, acts on a selection, reads a process's graph and "why stuck?" chain, restarts a broken task
 * with edited arguments and a broken group, blocks and unblocks an actor, starts a process and finds it all in
 * the audit log; a viewer sees the same pages without any way to act, and forged requests change nothing.
 * The tests share one browser and run in order; each saves a 1280×800 screenshot of its page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Api API = Api.admin();
    private static final String DECIDER = Api.actor("console.Order");
    private static final String RESERVE = Api.actor("console.Reserve");
    private static final String CHARGE = Api.actor("console.Charge");
    private static final String PICKY = Api.actor("console.Picky");
    private static final String FLAKY = Api.actor("console.Flaky");
    private static final String MANY = Api.actor("console.Many");
    private static final String STARTED = Api.actor("console.Started");

    private static Browser browser;
    /** A process waiting for RESERVE, which nobody polls. */
    private static String waiting;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BatonDeployment.ear();
    }

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Starts a process whose decider plans reserve -> charge -> result; reserve stays queued (nobody polls it). */
    private static String orderWaitingForReserve(String businessKey) {
        Api.Reply started = API.post("/processes", "{\"actor\":\"" + DECIDER + "\",\"args\":[{\"order\":42}],"
                + "\"businessKey\":\"" + businessKey + "\"}");
        assertEquals(201, started.status(), started::toString);
        assertEquals(204, API.decide(API.pollOne(DECIDER), "{\"tasks\":[" + task("reserve", RESERVE, "[42]") + ","
                + task("charge", CHARGE, "[" + promise("reserve") + ",10.5]") + "],\"result\":" + promise("charge") + "}").status());
        return started.json().get("id").asText();
    }

    /** A process whose only worker task fails for good with the given error type and arguments. */
    private static String brokenProcess(String worker, String errorType, String argsJson) {
        String id = API.start(DECIDER, "[]");
        assertEquals(204, API.decide(API.pollOne(DECIDER), "{\"tasks\":[{\"ref\":\"work\",\"actor\":\"" + worker
                + "\",\"args\":" + argsJson + ",\"retry\":{\"maxAttempts\":1}}],\"result\":" + promise("work") + "}").status());
        JsonNode task = API.pollOne(worker);
        Api.Reply failed = API.post("/tasks/" + task.get("id").asText() + "/fail", "{\"token\":\"" + task.get("token").asText()
                + "\",\"error\":{\"type\":\"" + errorType + "\",\"message\":\"it broke <b>badly</b>\",\"details\":"
                + "\"java.lang.IllegalStateException: secret trace\\n\\tat demo.Worker.run(Worker.java:1)\",\"retryable\":false}}");
        assertEquals(204, failed.status(), failed::toString);
        API.awaitState(id, "FAILED");
        return id;
    }

    @Test
    @Order(1)
    void anAdministratorSignsInAndTheDashboardShowsProcessesByStateAndTheQueueNobodyPolls() {
        waiting = orderWaitingForReserve("console-42");
        browser.login(BatonDeployment.ADMIN).open("index.xhtml");

        assertEquals("baton-admin", browser.text(By.id("user-role")));
        assertTrue(Long.parseLong(browser.text(By.cssSelector("#count-running .n"))) >= 1);
        String unpolled = browser.text(By.id("unpolled-actors"));
        // The dashboard lists the longest-waiting unpolled queues; earlier test classes may have left older ones.
        assertTrue(unpolled.contains(RESERVE) || unpolled.contains("more on the actors page"), unpolled);
        assertTrue(browser.present(By.cssSelector("#throughput-chart svg")));
        assertTrue(browser.text(By.id("local-node")).contains("127.0.0.1"));
        assertEquals(0, browser.horizontalOverflow(), "no horizontal scrolling at 1280x800");
    }

    @Test
    @Order(2)
    void processesAreFilteredByActorPagedByKeysetAndASelectionIsCancelledAtOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            ids.add(API.start(MANY, "[" + i + "]"));
        }
        browser.open("processes.xhtml");
        browser.find(By.id("f-actor")).sendKeys(MANY);
        browser.submit(browser.find(By.id("f-apply")));
        assertEquals(27, browser.all(By.cssSelector("tr.process-row")).size());

        browser.open("processes.xhtml?size=25&actor=" + URLEncoder.encode(MANY, StandardCharsets.UTF_8));
        List<WebElement> first = browser.all(By.cssSelector("tr.process-row"));
        assertEquals(25, first.size());
        assertTrue(first.get(0).getText().contains(ids.get(26)), "newest first");
        browser.submit(browser.find(By.id("list:next-page")));
        assertEquals(2, browser.all(By.cssSelector("tr.process-row")).size());
        assertTrue(browser.find(By.cssSelector("tr.process-row")).getText().contains(ids.get(1)));

        browser.open("processes.xhtml?state=FAILED&actor=" + URLEncoder.encode(MANY, StandardCharsets.UTF_8));
        assertTrue(browser.text(By.id("list:processes")).contains("No process matches the filter."));

        browser.open("processes.xhtml?actor=" + URLEncoder.encode(MANY, StandardCharsets.UTF_8));
        List<WebElement> rows = browser.all(By.cssSelector("tr.process-row"));
        rows.get(0).findElement(By.cssSelector(".ui-chkbox-box")).click();
        rows.get(1).findElement(By.cssSelector(".ui-chkbox-box")).click();
        browser.find(By.id("list:reason")).sendKeys("duplicates");
        assertEquals(0, browser.horizontalOverflow(), "no horizontal scrolling at 1280x800");
        browser.scrollToTop();
        browser.screenshot("processes");
        browser.submit(browser.find(By.id("list:cancel")));

        assertTrue(browser.text(By.id("messages")).contains("2 processes cancelled"), browser.text(By.id("messages")));
        assertEquals("CANCELLED", API.process(ids.get(26)).get("state").asText());
        assertEquals("CANCELLED", API.process(ids.get(25)).get("state").asText());
        assertEquals("RUNNING", API.process(ids.get(24)).get("state").asText());
    }

    @Test
    @Order(3)
    void aProcessShowsItsTaskGraphAndTheChainThatExplainsWhyItWaits() {
        browser.open("process.xhtml?id=" + waiting);

        assertEquals("RUNNING", browser.text(By.id("process-state")));
        List<WebElement> nodes = browser.all(By.cssSelector("#graph-box svg a.node"));
        assertEquals(3, nodes.size(), "start, reserve and charge");
        Map<String, String> states = nodes.stream().collect(Collectors.toMap(n -> n.getAttribute("data-task"),
                n -> n.getAttribute("data-state")));
        assertTrue(states.containsValue("RESOLVING") && states.containsValue("READY") && states.containsValue("WAITING"), states::toString);
        assertEquals(1, browser.all(By.cssSelector("#graph-box svg path.edge.promise")).size(), "charge waits for reserve");

        String verdict = browser.text(By.id("verdict"));
        assertTrue(verdict.startsWith("NO_WORKER"), verdict);
        String chain = browser.text(By.id("chain"));
        assertTrue(chain.contains("has decided; its result waits for 1 task: charge"), chain);
        assertTrue(chain.contains("charge") && chain.contains("waits for the promised values of 1 task: reserve"), chain);
        assertTrue(chain.contains("in the queue of actor " + RESERVE), chain);
        assertTrue(chain.contains("No worker has polled actor " + RESERVE), chain);
        assertTrue(browser.text(By.id("suggestions")).contains("Start workers for actor " + RESERVE));
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("process-detail");
        browser.scrollTo(By.id("why"));
        browser.screenshot("process-why-stuck");
        browser.scrollTo(By.id("graph"));
        browser.screenshot("process-graph");
    }

    @Test
    @Order(4)
    void aBrokenTaskRestartedWithEditedArgumentsLetsTheProcessComplete() {
        String id = brokenProcess(PICKY, "validation", "[\"wrong\"]");
        browser.open("process.xhtml?id=" + id);
        assertEquals("FAILED", browser.text(By.id("process-state")));
        assertTrue(browser.text(By.id("process-error")).contains("it broke <b>badly</b>"), "shown as text, escaped");
        assertTrue(browser.text(By.id("verdict")).startsWith("FAILED"));
        assertTrue(browser.present(By.cssSelector("details.trace")), "an administrator can expand the stack trace");
        assertFalse(browser.find(By.cssSelector("details.trace pre")).isDisplayed(), "collapsed until expanded");
        browser.screenshot("process-failed");

        WebElement args = browser.find(By.id("ops:editedArgs"));
        args.clear();
        args.sendKeys("[\"right\"]");
        browser.find(By.id("ops:reason")).sendKeys("fixed the input");
        browser.submit(browser.find(By.id("ops:restartTask")));
        assertEquals("RUNNING", browser.text(By.id("process-state")));

        JsonNode again = API.pollOne(PICKY);
        assertEquals("[\"right\"]", again.get("args").toString());
        assertEquals(204, API.complete(again, "\"done\"").status());
        API.awaitState(id, "COMPLETED");
        browser.open("process.xhtml?id=" + id);
        assertEquals("COMPLETED", browser.text(By.id("process-state")));
        assertTrue(browser.text(By.id("timeline")).contains("TASK_RESTARTED"));
        assertTrue(browser.text(By.id("verdict")).startsWith("FINISHED"));
    }

    @Test
    @Order(5)
    void aBrokenGroupIsRestartedAsAWhole() {
        String first = brokenProcess(FLAKY, "db-down", "[1]");
        String second = brokenProcess(FLAKY, "db-down", "[2]");
        browser.open("broken.xhtml");
        WebElement group = browser.row(By.cssSelector("tr.broken-group"), FLAKY);
        assertEquals("2", group.findElement(By.cssSelector(".count")).getText());
        assertTrue(group.getText().contains("db-down") && group.getText().contains("it broke <b>badly</b>"), group.getText());
        browser.find(By.id("groups:reason")).sendKeys("database is back");
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("broken-tasks");
        browser.submit(group.findElement(By.cssSelector("button.restart-group")));
        assertTrue(browser.text(By.id("messages")).contains("Bulk operation"), browser.text(By.id("messages")));

        API.awaitState(first, "RUNNING");
        API.awaitState(second, "RUNNING");
        for (int i = 0; i < 2; i++) {
            assertEquals(204, API.complete(API.pollOne(FLAKY), "\"ok\"").status());
        }
        API.awaitState(first, "COMPLETED");
        API.awaitState(second, "COMPLETED");
        browser.open("broken.xhtml");
        assertTrue(browser.all(By.cssSelector("tr.broken-group")).stream().noneMatch(r -> r.getText().contains(FLAKY)));
        assertTrue(browser.text(By.id("bulk")).contains("restart"));
    }

    @Test
    @Order(6)
    void anActorIsBlockedAndUnblocked() {
        browser.open("actors.xhtml");
        WebElement reserve = browser.row(By.cssSelector("tr.actor-row"), RESERVE);
        assertEquals("never", reserve.findElement(By.cssSelector("span.error")).getText(), "queued work nobody polled");
        browser.find(By.id("actors:reason")).sendKeys("maintenance window");
        browser.submit(browser.row(By.cssSelector("tr.actor-row"), RESERVE).findElement(By.cssSelector("button.block-actor")));
        assertTrue(browser.row(By.cssSelector("tr.actor-row"), RESERVE).getText().contains("blocked"));
        assertTrue(API.get("/actors/" + RESERVE.replace("#", "%23")).json().get("blocked").asBoolean());
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("actors");

        browser.open("process.xhtml?id=" + waiting);
        assertTrue(browser.text(By.id("verdict")).startsWith("ACTOR_BLOCKED"), browser.text(By.id("verdict")));
        assertTrue(browser.text(By.id("chain")).contains("Actor " + RESERVE + " is blocked by baton"));

        browser.open("actors.xhtml");
        browser.submit(browser.row(By.cssSelector("tr.actor-row"), RESERVE).findElement(By.cssSelector("button.unblock-actor")));
        assertFalse(API.get("/actors/" + RESERVE.replace("#", "%23")).json().get("blocked").asBoolean());
        assertTrue(browser.text(By.id("messages")).contains("unblocked"));

        browser.submit(browser.row(By.cssSelector("tr.actor-row"), RESERVE).findElement(By.cssSelector("button.edit-defaults")));
        browser.find(By.id("defaults:maxAttempts")).sendKeys("5");
        browser.find(By.id("defaults:timeout")).sendKeys("120");
        browser.submit(browser.find(By.id("defaults:save")));
        assertTrue(browser.text(By.id("messages")).contains("Task defaults of " + RESERVE + " saved"));
        JsonNode defaults = API.get("/actors/" + RESERVE.replace("#", "%23")).json().get("defaults");
        assertEquals(5, defaults.get("retry").get("maxAttempts").asInt(), defaults::toString);
        assertEquals(120, defaults.get("timeoutSeconds").asInt(), defaults::toString);
        assertTrue(browser.row(By.cssSelector("tr.actor-row"), RESERVE).getText().contains("attempts 5; lease 120 s"));
    }

    @Test
    @Order(7)
    void aProcessIsStartedWithArgumentsThatAreCheckedFirst() {
        browser.open("start.xhtml");
        browser.find(By.id("start:actor")).sendKeys(STARTED);
        WebElement args = browser.find(By.id("start:args"));
        args.clear();
        args.sendKeys("[1, ");
        browser.submit(browser.find(By.id("start:startButton")));
        assertTrue(browser.text(By.id("messages")).contains("Malformed JSON"), browser.text(By.id("messages")));

        args = browser.find(By.id("start:args"));
        args.clear();
        args.sendKeys("[{\"order\": 7}]");
        browser.find(By.id("start:businessKey")).sendKeys("console-start-7");
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("start");
        browser.submit(browser.find(By.id("start:startButton")));
        assertEquals("RUNNING", browser.text(By.id("process-state")));
        String id = browser.text(By.id("process-id"));
        assertEquals("console-start-7", API.process(id).get("businessKey").asText());
    }

    @Test
    @Order(8)
    void theAuditLogShowsWhoDidWhatToWhatAndHowMany() {
        browser.open("audit.xhtml?operator=baton");
        String log = browser.text(By.id("audit")) + "\n(API: " + API.get("/audit?operator=baton&limit=100").json() + ")";
        assertTrue(log.contains("actor.block") && log.contains("actor.unblock") && log.contains(RESERVE), log);
        assertTrue(log.contains("process.restart") && log.contains("fixed the input"), log);
        assertTrue(log.contains("process.cancel") && log.contains("duplicates"), log);
        assertTrue(log.contains("process.start"), log);
        browser.open("audit.xhtml?action=bulk.restart");
        WebElement bulk = browser.row(By.cssSelector("tr.audit-row"), "bulk.restart");
        assertTrue(bulk.getText().contains("baton") && bulk.getText().contains("database is back"), bulk.getText());
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("audit");

        // The dashboard again, now that processes have completed, failed and been cancelled in the last hour.
        browser.open("index.xhtml");
        assertTrue(Long.parseLong(browser.text(By.cssSelector("#count-completed .n"))) >= 3, "picky and the two flaky ones at least");
        assertTrue(browser.all(By.cssSelector("#throughput-chart svg rect")).size() >= 1, "this minute has a bar");
        assertEquals(0, browser.horizontalOverflow());
        browser.screenshot("dashboard");
    }

    @Test
    @Order(9)
    void aViewerSeesEverythingButHasNoWayToActAndAForcedActionChangesNothing() throws Exception {
        browser.logout();
        browser.open("processes.xhtml");
        assertTrue(browser.present(By.id("login-form")), "after logging out, pages ask for a login again");
        browser.login(BatonDeployment.VIEWER);
        assertEquals("baton-viewer", browser.text(By.id("user-role")));
        assertFalse(browser.present(By.id("nav-start")));

        browser.open("processes.xhtml?actor=" + URLEncoder.encode(MANY, StandardCharsets.UTF_8));
        assertFalse(browser.all(By.cssSelector("tr.process-row")).isEmpty());
        assertFalse(browser.present(By.id("list:actions")) || browser.present(By.cssSelector(".ui-chkbox-box")));
        browser.open("actors.xhtml");
        assertFalse(browser.present(By.cssSelector("button.block-actor")) || browser.present(By.cssSelector("button.unblock-actor")));
        browser.open("broken.xhtml");
        assertFalse(browser.present(By.cssSelector("button.restart-group")));

        String brokenForViewer = brokenProcess(PICKY, "viewer-check", "[0]");
        browser.open("process.xhtml?id=" + brokenForViewer);
        assertFalse(browser.present(By.id("ops")), "no actions for a viewer");
        assertFalse(browser.present(By.cssSelector("details.trace")), "no stack trace for a viewer");
        assertFalse(browser.driver().getPageSource().contains("secret trace"), "the trace is not even sent");

        browser.open("process.xhtml?id=" + waiting);
        assertFalse(browser.present(By.id("ops")));
        browser.screenshot("process-viewer");
        // The viewer forges the administrator's "cancel" with a view state this very page gave them.
        String viewState = browser.find(By.name("jakarta.faces.ViewState")).getAttribute("value");
        HttpResponse<String> forced = post("process.xhtml?id=" + waiting, Map.of("ops", "ops", "ops:cancel", "",
                "ops:reason", "forced", "jakarta.faces.ViewState", viewState));
        assertEquals(403, forced.statusCode(), "the server refuses the action itself, not only by hiding its button");
        assertTrue(forced.body().contains("may look but not act; nothing was changed"), forced.body());
        assertEquals("RUNNING", API.process(waiting).get("state").asText(), "the forged cancel changed nothing");
        assertEquals(403, Api.as("viewer", "viewer").operate(waiting, "cancel").status(), "nor can the API be used instead");
        JsonNode audit = API.get("/audit?target=" + waiting).json().get("items");
        assertTrue(audit.isEmpty(), audit::toString);
    }

    @Test
    @Order(10)
    void aPostWithoutTheViewStateThisSessionWasGivenIsRejectedAndErrorsLeakNothing() throws Exception {
        browser.logout();
        browser.login(BatonDeployment.ADMIN).open("process.xhtml?id=" + waiting);
        assertTrue(browser.present(By.id("ops:cancel")));

        HttpResponse<String> forged = post("process.xhtml?id=" + waiting, Map.of("ops", "ops", "ops:cancel", "",
                "jakarta.faces.ViewState", "-4315447447826384719:8417154467018215637"));
        assertTrue(forged.body().contains("The page had expired") && forged.body().contains("Nothing was changed"), forged.body());
        assertFalse(forged.body().contains("Exception") || forged.body().contains("at dev.baton"), "no stack trace leaks");
        HttpResponse<String> stateless = post("process.xhtml?id=" + waiting, Map.of("ops", "ops", "ops:cancel", ""));
        assertEquals(200, stateless.statusCode());
        assertEquals("RUNNING", API.process(waiting).get("state").asText(), "neither POST cancelled the process");

        HttpResponse<String> missing = get("process.xhtml?id=not-a-process");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is no process not-a-process"));
        HttpResponse<String> script = get("process.xhtml?id=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertFalse(script.body().contains("<script>alert(1)</script>"), "user input is escaped");
        assertTrue(script.body().contains("&lt;script&gt;"));
        HttpResponse<String> unknownPage = get("nothing-here.xhtml");
        assertEquals(404, unknownPage.statusCode());
        assertFalse(unknownPage.body().contains("WildFly") || unknownPage.body().contains("Undertow"));
    }

    private static HttpResponse<String> post(String page, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return BatonDeployment.send(HttpRequest.newBuilder(URI.create(BatonDeployment.CONSOLE + page))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie().getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    private static HttpResponse<String> get(String page) {
        return BatonDeployment.send(HttpRequest.newBuilder(URI.create(BatonDeployment.CONSOLE + page))
                .header("Cookie", "JSESSIONID=" + browser.sessionCookie().getValue()).GET(), null);
    }
}
