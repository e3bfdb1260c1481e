// dateline explorer: small enhancements; every page works without this file.
"use strict";

// Article view: the records listed beside the text light up their words.
function marksOf(name) {
  return Array.from(document.querySelectorAll(".seg[data-marks]"))
    .filter((el) => el.dataset.marks.split(" ").includes(name));
}

function focusMark(name) {
  document.querySelectorAll(".seg.focus, a.mark-link.focus")
    .forEach((el) => el.classList.remove("focus"));
  if (!name) return;
  marksOf(name).forEach((el) => el.classList.add("focus"));
  document.querySelectorAll('a.mark-link[data-mark="' + CSS.escape(name) + '"]')
    .forEach((el) => el.classList.add("focus"));
}

function markFromHash() {
  const name = decodeURIComponent(window.location.hash.slice(1));
  if (name && document.getElementById(name)) focusMark(name);
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.getElementById("article-text")) {
    document.querySelectorAll("a.mark-link").forEach((link) => {
      link.addEventListener("mouseenter", () => focusMark(link.dataset.mark));
    });
    window.addEventListener("hashchange", markFromHash);
    markFromHash();
  }
  // Filter menus apply as soon as they change.
  document.querySelectorAll("form.filters select").forEach((menu) => {
    menu.addEventListener("change", () => menu.form.requestSubmit());
  });
});
