import DOMPurify from "dompurify";
import { marked } from "marked";
import $ from "jquery";
import closeIconSvg from "./icons/close.svg?raw";

type Comment = { author: string; body: string; createdAt: string };

const CLOSE_ICON = '<svg viewBox="0 0 10 10"><path d="M0 0L10 10"/></svg>';

export function showToast(message: string) {
  const toast = document.getElementById("toast");
  if (!toast) return;
  // ruleid: js-dom-html-sink
  toast.innerHTML = `<p class="toast-message">${message}</p>`;
}

export function renderComments(list: HTMLElement, comments: Comment[]) {
  let html = "";
  for (const comment of comments) {
    html += "<li><strong>" + comment.author + "</strong> " + comment.body + "</li>";
  }
  // ruleid: js-dom-html-sink
  list.innerHTML = html;
}

export function appendComment(list: HTMLElement, comment: Comment) {
  // ruleid: js-dom-html-sink
  list.insertAdjacentHTML("beforeend", `<li>${comment.author}: ${comment.body}</li>`);
}

export function renderSearchTerm() {
  const params = new URLSearchParams(location.search);
  const heading = document.querySelector("#results-heading")!;
  // ruleid: js-dom-html-sink
  heading.innerHTML = "Results for " + params.get("q");
}

export function renderMarkdown(preview: HTMLElement, markdown: string) {
  // ruleid: js-dom-html-sink
  preview.innerHTML = marked.parse(markdown) as string;
}

export function addRow(table: HTMLTableElement, name: string) {
  // ruleid: js-dom-html-sink
  table.tBodies[0].innerHTML += `<tr><td>${name}</td></tr>`;
}

export function legacyBanner(campaign: string) {
  // ruleid: js-dom-html-sink
  document.write('<img src="/pixel.gif?c=' + campaign + '">');
}

export function greet(name: string) {
  // ruleid: js-dom-html-sink
  $("#greeting").html("Hello, " + name);
  // ruleid: js-dom-html-sink
  $("#list").append("<li>" + name + "</li>");
}

export function embedPreview(frame: HTMLIFrameElement, userHtml: string) {
  // ruleid: js-dom-html-sink
  frame.srcdoc = userHtml;
}

export function fragmentFrom(html: string) {
  // ruleid: js-dom-html-sink
  return document.createRange().createContextualFragment(html);
}

// ---- safe look-alikes ----

export function clearToast() {
  const toast = document.getElementById("toast");
  // ok: js-dom-html-sink
  if (toast) toast.innerHTML = "";
}

export function setToastText(message: string) {
  const toast = document.getElementById("toast");
  // ok: js-dom-html-sink
  if (toast) toast.textContent = message;
}

export function renderMarkdownSafely(preview: HTMLElement, markdown: string) {
  // ok: js-dom-html-sink
  preview.innerHTML = DOMPurify.sanitize(marked.parse(markdown) as string);
}

export function appendEscaped(list: HTMLElement, comment: Comment) {
  // ok: js-dom-html-sink
  list.insertAdjacentHTML("beforeend", `<li>${escapeHtml(comment.author)}: ${escapeHtml(comment.body)}</li>`);
}

export function spinner(container: HTMLElement, loading: boolean) {
  const markup = loading ? '<div class="spinner" aria-busy="true"></div>' : "";
  // ok: js-dom-html-sink
  container.innerHTML = markup;
  const closeButton = document.createElement("button");
  // ok: js-dom-html-sink
  closeButton.innerHTML = CLOSE_ICON;
}

export function cloneContent(source: HTMLElement, target: HTMLElement) {
  // ok: js-dom-html-sink
  target.innerHTML = source.innerHTML;
}

export function counters(badge: HTMLElement, count: number) {
  // ok: js-dom-html-sink
  badge.innerHTML = `<span class="count">${Number(count)}</span>`;
  // ok: js-dom-html-sink
  $("#name").text(badge.dataset.name ?? "");
  // ok: js-dom-html-sink
  $("#panel").html('<div class="empty">Nothing here yet</div>');
}

export function writeStatic() {
  // ok: js-dom-html-sink
  document.write("<p>Please enable JavaScript.</p>");
}

export function renderTags(container: HTMLElement, tags: string[]) {
  let markup = "";
  tags.forEach((tag) => {
    markup += `<span class="tag">${escapeHtml(tag)}</span>`;
  });
  // ok: js-dom-html-sink
  container.innerHTML = markup;
  // ruleid: js-dom-html-sink
  container.innerHTML = tags.map((tag) => `<span class="tag">${tag}</span>`).join("");
}

export function badges(badge: HTMLElement, items: string[], button: HTMLButtonElement) {
  // ok: js-dom-html-sink
  badge.innerText = `${items.length} new`;
  // ok: js-dom-html-sink
  $(".count").html(items.length);
  // Imported values are opaque to the scanner (no cross-file analysis): a constant SVG string
  // from another module is reported.
  // todook: js-dom-html-sink
  button.innerHTML = closeIconSvg;
  // Numbers interpolated into a template are not recognised as safe.
  // todook: js-dom-html-sink
  badge.innerHTML = `<b>${items.length}</b> new`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
