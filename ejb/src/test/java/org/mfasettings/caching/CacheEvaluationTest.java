package org.mfasettings.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mfasettings.decision.AuthenticationType;

class CacheEvaluationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final long GROUP = 1L;
    private static final long OTHER_GROUP = 2L;

    @Test
    void userRuleCoversAnyApplicationAndAddress() {
        ActiveRule rule = rule("r1", CacheType.USER, 60);
        VerificationFacts verified = succeeded("vpn", "10.0.0.1", 10);

        assertEquals(
                Optional.of(new CacheHit("r1", NOW.plusSeconds(50))),
                CacheEvaluation.hit(
                        List.of(rule), List.of(verified), request("portal", "10.9.9.9"), NOW));
    }

    @Test
    void eachCacheTypeComparesExactlyWhatItNames() {
        VerificationFacts verified = succeeded("vpn", "10.0.0.1", 10);
        RequestFacts sameBoth = request("vpn", "10.0.0.1");
        RequestFacts otherApp = request("portal", "10.0.0.1");
        RequestFacts otherIp = request("vpn", "10.0.0.2");

        assertCached(CacheType.USER_AND_APPLICATION, verified, sameBoth, true);
        assertCached(CacheType.USER_AND_APPLICATION, verified, otherIp, true);
        assertCached(CacheType.USER_AND_APPLICATION, verified, otherApp, false);

        assertCached(CacheType.USER_AND_CLIENT_IP, verified, sameBoth, true);
        assertCached(CacheType.USER_AND_CLIENT_IP, verified, otherApp, true);
        assertCached(CacheType.USER_AND_CLIENT_IP, verified, otherIp, false);

        assertCached(CacheType.USER_AND_APPLICATION_AND_CLIENT_IP, verified, sameBoth, true);
        assertCached(CacheType.USER_AND_APPLICATION_AND_CLIENT_IP, verified, otherApp, false);
        assertCached(CacheType.USER_AND_APPLICATION_AND_CLIENT_IP, verified, otherIp, false);
    }

    @Test
    void missingValuesNeverMatchEachOther() {
        VerificationFacts verified = succeeded(null, null, 10);

        assertCached(CacheType.USER_AND_APPLICATION, verified, request(null, null), false);
        assertCached(CacheType.USER_AND_CLIENT_IP, verified, request(null, null), false);
    }

    @Test
    void windowIsOpenUntilItsLastMillisecondOnly() {
        ActiveRule rule = rule("r1", CacheType.USER, 60);

        assertTrue(
                CacheEvaluation.hit(
                                List.of(rule),
                                List.of(succeeded("vpn", "10.0.0.1", 59)),
                                request("vpn", "10.0.0.1"),
                                NOW)
                        .isPresent());
        assertFalse(
                CacheEvaluation.hit(
                                List.of(rule),
                                List.of(succeeded("vpn", "10.0.0.1", 60)),
                                request("vpn", "10.0.0.1"),
                                NOW)
                        .isPresent());
    }

    @Test
    void successStampedJustAfterNowAlreadyCovers() {
        ActiveRule rule = rule("r1", CacheType.USER, 60);
        VerificationFacts justNow = succeeded("vpn", "10.0.0.1", -1);

        assertEquals(
                Optional.of(new CacheHit("r1", NOW.plusSeconds(61))),
                CacheEvaluation.hit(List.of(rule), List.of(justNow), request("vpn", "x"), NOW));
    }

    @Test
    void filtersOnAuthenticationTypeApplicationAndGroup() {
        VerificationFacts verified = succeeded("vpn", "10.0.0.1", 10);
        RequestFacts request = request("vpn", "10.0.0.1");

        ActiveRule wrongType =
                new ActiveRule("t", CacheType.USER, 60, AuthenticationType.PHONE_CALL, null, null);
        ActiveRule rightType =
                new ActiveRule("t", CacheType.USER, 60, AuthenticationType.MOBILE_APP, null, null);
        ActiveRule wrongApp = new ActiveRule("a", CacheType.USER, 60, null, "portal", null);
        ActiveRule otherGroup = new ActiveRule("g", CacheType.USER, 60, null, null, OTHER_GROUP);
        ActiveRule sameGroup = new ActiveRule("g", CacheType.USER, 60, null, null, GROUP);

        assertFalse(
                CacheEvaluation.hit(List.of(wrongType), List.of(verified), request, NOW)
                        .isPresent());
        assertTrue(
                CacheEvaluation.hit(List.of(rightType), List.of(verified), request, NOW)
                        .isPresent());
        assertFalse(
                CacheEvaluation.hit(List.of(wrongApp), List.of(verified), request, NOW)
                        .isPresent());
        assertFalse(
                CacheEvaluation.hit(List.of(otherGroup), List.of(verified), request, NOW)
                        .isPresent());
        assertTrue(
                CacheEvaluation.hit(List.of(sameGroup), List.of(verified), request, NOW)
                        .isPresent());
    }

    @Test
    void ofSeveralRulesTheWindowEndingLastIsNamed() {
        List<ActiveRule> rules =
                List.of(
                        rule("short", CacheType.USER, 30),
                        rule("long", CacheType.USER, 300),
                        rule("middle", CacheType.USER, 120));

        Optional<CacheHit> hit =
                CacheEvaluation.hit(
                        rules, List.of(succeeded("vpn", "10.0.0.1", 10)), request("vpn", "x"), NOW);

        assertEquals(Optional.of(new CacheHit("long", NOW.plusSeconds(290))), hit);
    }

    @Test
    void failedAndStartedVerificationsOpenNoWindow() {
        ActiveRule rule = rule("r1", CacheType.USER, 60);
        VerificationFacts failed =
                new VerificationFacts(
                        "f", "vpn", "10.0.0.1", null, GROUP, VerificationResult.FAILED, NOW, NOW);
        VerificationFacts started = started(5);

        assertFalse(
                CacheEvaluation.hit(
                                List.of(rule),
                                List.of(failed, started),
                                request("vpn", "10.0.0.1"),
                                NOW)
                        .isPresent());
    }

    @Test
    void aRecentStartedVerificationThatARuleWouldCoverIsPending() {
        ActiveRule rule = rule("r1", CacheType.USER_AND_APPLICATION, 60);

        assertTrue(
                CacheEvaluation.pending(
                        List.of(rule), List.of(started(5)), request("vpn", "x"), NOW));
        assertFalse(
                CacheEvaluation.pending(
                        List.of(rule), List.of(started(5)), request("portal", "x"), NOW));
        assertFalse(
                CacheEvaluation.pending(List.of(), List.of(started(5)), request("vpn", "x"), NOW));
        assertFalse(
                CacheEvaluation.pending(
                        List.of(rule),
                        List.of(started(CacheEvaluation.ABANDONED_AFTER.toSeconds() + 1)),
                        request("vpn", "x"),
                        NOW));
    }

    private static void assertCached(
            CacheType type, VerificationFacts verified, RequestFacts request, boolean expected) {
        boolean cached =
                CacheEvaluation.hit(List.of(rule("r", type, 60)), List.of(verified), request, NOW)
                        .isPresent();
        assertEquals(expected, cached, type + " for " + request);
    }

    private static ActiveRule rule(String id, CacheType type, int seconds) {
        return new ActiveRule(id, type, seconds, null, null, null);
    }

    private static RequestFacts request(String application, String clientIp) {
        return new RequestFacts("user@corp.example", application, clientIp, GROUP);
    }

    private static VerificationFacts succeeded(
            String application, String clientIp, long secondsAgo) {
        Instant at = NOW.minusSeconds(secondsAgo);
        return new VerificationFacts(
                "v",
                application,
                clientIp,
                AuthenticationType.MOBILE_APP,
                GROUP,
                VerificationResult.SUCCEEDED,
                at,
                at);
    }

    private static VerificationFacts started(long secondsAgo) {
        Instant at = NOW.minusSeconds(secondsAgo);
        return new VerificationFacts(
                "s", "vpn", "10.0.0.1", null, GROUP, VerificationResult.STARTED, at, null);
    }
}
