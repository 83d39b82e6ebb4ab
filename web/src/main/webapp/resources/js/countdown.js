/*
 * Counts down the validity of activation credentials shown once on the server settings page.
 * The element carries when they expire and the server's clock at rendering, both in epoch
 * milliseconds, so that a browser clock that is off does not shorten or stretch the countdown.
 * The credentials appear through an Ajax update, so the script looks for countdowns on every tick
 * instead of binding to elements once.
 */
(function () {
  "use strict";

  var SELECTOR = "[data-expires-at]";

  function format(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function tick() {
    var elements = document.querySelectorAll(SELECTOR);
    var now = Date.now();
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      if (!element.dataset.skew) {
        // Remembered at first sight: how far the browser's clock is ahead of the server's.
        element.dataset.skew = String(now - Number(element.dataset.serverNow || now));
      }
      var expiresAt = Number(element.dataset.expiresAt) + Number(element.dataset.skew);
      var seconds = Math.max(0, Math.floor((expiresAt - now) / 1000));
      if (seconds > 0) {
        element.textContent = format(seconds);
      } else {
        element.textContent = element.dataset.expiredText || format(0);
        element.classList.add("countdown-expired");
      }
    }
  }

  window.setInterval(tick, 1000);
  tick();
})();
