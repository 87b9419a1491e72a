/*
 * The exercises page only (its front matter asks for this file): « Vérifier ma réponse » under
 * each question says at once whether the answer is right (« Juste. », « À revoir… », read out by a
 * status region) and shows what the leaflet says of each choice. Right answers come from the
 * page's `data-correct` and `data-rank` attributes; the words, from the page (hidden without this
 * script, which the answers under each question do without). Nothing is stored, nothing is sent.
 */
(function () {
  "use strict";
  const words = document.querySelector("[data-guide-feedback]");
  if (!words) return;
  const said = {
    right: words.querySelector("[data-guide-right]").textContent,
    wrong: words.querySelector("[data-guide-wrong]").textContent,
  };

  function isRight(question) {
    const boxes = [...question.querySelectorAll("input[data-correct]")];
    const ranks = [...question.querySelectorAll("select[data-rank]")];
    return boxes.every(box => box.checked === (box.dataset.correct === "true"))
      && ranks.every(rank => rank.value === rank.dataset.rank);
  }

  function check(question) {
    const right = isRight(question);
    question.classList.toggle("guide-question--right", right);
    question.classList.toggle("guide-question--wrong", !right);
    question.querySelectorAll("[data-guide-verdict]").forEach(verdict => { verdict.hidden = false; });
    question.querySelector("[data-guide-status]").textContent = right ? said.right : said.wrong;
  }

  document.querySelectorAll("[data-guide-question]").forEach(question => {
    const button = question.querySelector("[data-guide-check]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", () => check(question));
    // Once checked, a changed answer is checked again: the status never says what is no longer true.
    question.addEventListener("change", () => {
      if (question.classList.contains("guide-question--right") || question.classList.contains("guide-question--wrong")) {
        check(question);
      }
    });
  });
})();
