package org.mfasettings.caching;

/** What a decision request says, normalised: application in lower case. */
record RequestFacts(String username, String application, String clientIp, Long groupId) {}
