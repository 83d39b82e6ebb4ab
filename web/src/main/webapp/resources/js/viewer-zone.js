/*
 * The server status page shows times in the viewer's own time zone. The browser knows that zone
 * (an IANA id such as Europe/Berlin); the server does not. On load this puts the zone into the
 * hidden input that every refresh of the table sends, and asks for a first refresh at once, so
 * that the times do not stay in UTC until the poll comes round.
 */
(function () {
  "use strict";

  function reportZone() {
    var input = document.getElementById("viewerZone");
    if (!input || typeof Intl === "undefined") {
      return;
    }
    input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    if (typeof window.applyViewerZone === "function") {
      window.applyViewerZone();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reportZone);
  } else {
    reportZone();
  }
})();
