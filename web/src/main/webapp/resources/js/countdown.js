/*
 * Counts down the time left of every element that carries data-seconds-left, once a second, and
 * writes data-expired-text when it reaches zero. The deadline is fixed the first time an element is
 * seen, so that rows replaced by an Ajax update start again from the server's figure.
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

  function tick() {
    var now = Date.now();
    var elements = document.querySelectorAll("[data-seconds-left]");
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      if (!element.dataset.deadline) {
        var left = parseInt(element.dataset.secondsLeft, 10) || 0;
        element.dataset.deadline = String(now + left * 1000);
      }
      var remaining = Math.max(0, Math.ceil((Number(element.dataset.deadline) - now) / 1000));
      element.textContent =
        remaining > 0 ? format(remaining) : element.dataset.expiredText || "";
      element.classList.toggle("countdown-expired", remaining === 0);
    }
  }

  tick();
  window.setInterval(tick, 1000);
})();
