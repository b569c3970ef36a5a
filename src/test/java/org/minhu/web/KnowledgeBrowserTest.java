package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Users;
import org.minhu.knowledge.ArticleDraft;
import org.minhu.knowledge.ArticleView;
import org.minhu.knowledge.Articles;
import org.minhu.knowledge.Topics;
import org.minhu.ticket.Channel;
import org.minhu.ticket.CreateTicket;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.TicketView;
import org.minhu.ticket.Tickets;
import org.minhu.ticket.Urgency;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Heavy rain: an administrator has opened a topic pinning the rain article; neighbours have
 * already reported the flooded courtyard. The operator types the next call: the pinned article
 * comes first beside the form, the open tickets at the same address are proposed as duplicates, and
 * the request is registered straight into the first of them. The knowledge pages and the topic's
 * live count are photographed in Chinese and English into {@code target/screenshots/knowledge}.
 */
class KnowledgeBrowserTest extends ConsoleBrowserTest {

    private static final String PASSWORD = "knowledge-day-password";
    private static final String JIANWAI = "110105001000";
    private static final String DRAINAGE = "E11000000010";
    private static final String ADDRESS = "朝阳区建外街道永安里东区8号院";
    @Autowired
    Users users;
    @Autowired
    Tickets tickets;
    @Autowired
    Articles articles;
    @Autowired
    Topics topics;

    @Override
    String folder() {
        return "knowledge";
    }

    @Override
    String password() {
        return PASSWORD;
    }

    @Test
    void duringHeavyRainTheOperatorSeesThePinnedArticleAndTheNeighboursTickets() throws Exception {
        users.createIfAbsent(new NewUser("kb-op", PASSWORD, Role.OPERATOR, null, "接线员小刘"));
        users.createIfAbsent(new NewUser("kb-admin", PASSWORD, Role.ADMIN, null, "管理员"));
        users.createIfAbsent(new NewUser("kb-jianwai", PASSWORD, Role.HANDLER, JIANWAI, "建外街道王工"));
        Actor admin = new Actor("kb-admin", Role.ADMIN, null, null);
        Actor operator = new Actor("kb-op", Role.OPERATOR, null, null);
        ArticleView rain = articles.create(new ArticleDraft("暴雨天气出行与积水报修",
                "<p>暴雨期间避免前往低洼路段、下凹式立交桥。</p><p>小区和道路积水、井盖冒水，请拨打排水集团热线<b>96101</b>；遇险拨打110、119。</p>",
                List.of("06.06.02"), List.of("暴雨", "积水"), List.of("下大雨", "内涝", "院子淹了"), List.of(), DRAINAGE, null, null, null), admin);
        articles.create(new ArticleDraft("下水道堵塞反味", "<p>小区内下水道由物业疏通；市政管线堵塞由排水集团处理，客服电话96101。</p>",
                List.of("06.06.01"), List.of("下水道", "堵塞"), List.of("下水道返水", "污水冒出来"), List.of(), DRAINAGE, null, null, null), admin);
        articles.create(new ArticleDraft("物业服务不到位", "<p>物业服务企业应按合同约定提供服务，业主可向街道反映。</p>",
                List.of("03.02.01"), List.of("物业服务"), List.of("物业不管事"), List.of(), JIANWAI, null, null, null), admin);
        topics.open("暴雨", "暴雨蓝色预警", List.of(rain.id()), admin);
        TicketView first = tickets.create(request("永安里东区8号院院子里积水没过脚踝，下水道返水，物业不管"), operator);
        tickets.create(request("8号院积水很深，下水道往外冒水，出不了门"), operator);

        signIn("kb-op");
        browser.get(base() + "/tickets/new?lang=zh");
        type("kb-13600001234");
        waitFor("#advice ol.duplicates li");
        waitFor("#advice ol.articles li.pinned");
        assertThat(browser.findElement(By.cssSelector("#advice ol.articles li")).getText()).contains("暴雨天气出行与积水报修");
        assertThat(browser.findElement(By.cssSelector("#advice ol.duplicates")).getText()).contains(first.number());
        shot("intake-advice-zh");
        click("#advice ol.articles li button.use-article");
        assertThat(browser.findElement(By.id("answer")).getAttribute("value")).contains("96101");
        shot("intake-answer-from-article-zh");
        click("#advice ol.duplicates li button.merge-into");
        assertThat(browser.findElement(By.id("register")).getText()).isEqualTo("登记并合并");
        browser.findElement(By.cssSelector("input[name=topicIds]")).click();
        shot("intake-merge-zh");
        browser.findElement(By.id("content")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait(ExpectedConditions.urlMatches("/tickets/[0-9]+$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("已合并");

        browser.get(base() + "/tickets/new?lang=en");
        type("13600001234");
        waitFor("#advice ol.duplicates li");
        waitFor("#advice ul.callers li");
        shot("intake-advice-en");

        both("/articles", "articles");
        both("/articles?q=" + java.net.URLEncoder.encode("院子淹了怎么办", java.nio.charset.StandardCharsets.UTF_8), "articles-search");
        both("/articles/" + rain.id(), "article");
        both("/topics", "topics");
        signIn("kb-admin");
        both("/articles/" + rain.id() + "/edit", "article-edit");
        both("/topics", "topics-admin");
        signIn("kb-jianwai");
        both("/articles/review", "articles-review");
    }

    private static CreateTicket request(String content) {
        return new CreateTicket(Channel.PHONE, RequestType.COMPLAINT, content, null, Urgency.NORMAL, null,
                new CreateTicket.Requester("邻居", "13600001234", false), new CreateTicket.Location(ADDRESS, null, null, null));
    }

    private void type(String phone) {
        browser.findElement(By.id("phone")).sendKeys(phone.replace("kb-", ""));
        browser.findElement(By.id("address")).sendKeys(ADDRESS);
        browser.findElement(By.id("content")).sendKeys("下大雨，8号院院子淹了，积水很深，下水道还往外冒水");
    }

    /** Clicks the element, found again should the advice panel have been redrawn meanwhile (it redraws as the typing goes on). */
    private void click(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> {
                    b.findElement(By.cssSelector(css)).click();
                    return true;
                });
    }

    private void waitFor(String css) {
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }
}
