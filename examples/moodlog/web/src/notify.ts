export function showToast(message: string) {
  const toast = document.getElementById("toast");
  if (!toast) return;
  toast.innerHTML = `<p class="toast-message">${message}</p>`;
}

export function clearToast() {
  const toast = document.getElementById("toast");
  if (toast) toast.innerHTML = "";
}

export function setToastText(message: string) {
  const toast = document.getElementById("toast");
  if (toast) toast.textContent = message;
}
