package org.mfasettings.settings;

import java.util.function.ToIntFunction;

/** The database name of each setting and where it sits in {@link Settings}. */
enum SettingName {
    ACTIVATION_CREDENTIAL_VALIDITY(
            "activation-credential-validity-seconds",
            Settings::activationCredentialValiditySeconds),
    BYPASS_DEFAULT("bypass-default-seconds", Settings::bypassDefaultSeconds),
    BYPASS_MAXIMUM("bypass-maximum-seconds", Settings::bypassMaximumSeconds),
    CACHE_MAXIMUM("cache-maximum-seconds", Settings::cacheMaximumSeconds),
    HEARTBEAT_INTERVAL("heartbeat-interval-seconds", Settings::heartbeatIntervalSeconds),
    OFFLINE_THRESHOLD("offline-threshold-intervals", Settings::offlineThresholdIntervals),
    AUDIT_RETENTION("audit-retention-days", Settings::auditRetentionDays);

    final String key;
    final ToIntFunction<Settings> getter;

    SettingName(String key, ToIntFunction<Settings> getter) {
        this.key = key;
        this.getter = getter;
    }
}
