package org.mfasettings.caching;

import org.mfasettings.decision.AuthenticationType;

/** A caching rule as a decision applies it; each node keeps a copy (see {@code DecisionCaches}). */
public record ActiveRule(
        String id,
        CacheType cacheType,
        int seconds,
        AuthenticationType authenticationType,
        String application,
        Long groupId) {

    /**
     * Whether this rule lets a verification cover a request: the verification used the required
     * authentication type and came from the required application; a group-bound rule applies only
     * to requests and verifications of servers in that group; and the request shares with the
     * verification what the cache type says.
     */
    public boolean covers(VerificationFacts verified, RequestFacts request) {
        if (groupId != null
                && (!groupId.equals(request.groupId()) || !groupId.equals(verified.groupId()))) {
            return false;
        }
        if (authenticationType != null && authenticationType != verified.authenticationType()) {
            return false;
        }
        if (application != null && !application.equals(verified.application())) {
            return false;
        }
        return cacheType.shares(
                request.application(),
                request.clientIp(),
                verified.application(),
                verified.clientIp());
    }
}
