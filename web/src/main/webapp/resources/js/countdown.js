/*
 * Counts down, once a second, every element that says when it ends:
 * - data-expires-at (epoch milliseconds) with data-server-now (the server's clock at rendering),
 *   as the activation credentials do, so that a browser clock that is off changes nothing;
 * - data-seconds-left, as the active bypasses do, fixed when the element is first seen, so that
 *   rows replaced by an Ajax update start again from the server's figure.
 * At zero the element shows data-expired-text. Elements are looked up on every tick because they
 * arrive through Ajax updates.
 */
(function () {
  "use strict";

  function format(seconds) {
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var rest = seconds % 60;
    var mm = hours > 0 && minutes < 10 ? "0" + minutes : String(minutes);
    var ss = rest < 10 ? "0" + rest : String(rest);
    return hours > 0 ? hours + ":" + mm + ":" + ss : mm + ":" + ss;
  }

  function deadlineOf(element, now) {
    if (!element.dataset.deadline) {
      if (element.dataset.expiresAt) {
        var skew = now - Number(element.dataset.serverNow || now);
        element.dataset.deadline = String(Number(element.dataset.expiresAt) + skew);
      } else {
        var left = parseInt(element.dataset.secondsLeft, 10) || 0;
        element.dataset.deadline = String(now + left * 1000);
      }
    }
    return Number(element.dataset.deadline);
  }

  function tick() {
    var now = Date.now();
    var elements = document.querySelectorAll("[data-expires-at], [data-seconds-left]");
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var remaining = Math.max(0, Math.floor((deadlineOf(element, now) - now) / 1000));
      element.textContent =
        remaining > 0 ? format(remaining) : element.dataset.expiredText || format(0);
      element.classList.toggle("countdown-expired", remaining === 0);
    }
  }

  tick();
  window.setInterval(tick, 1000);
})();
