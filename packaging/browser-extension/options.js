"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const box = document.getElementById("send-cookies");
const status = document.getElementById("status");
const NEEDED = { permissions: ["cookies"], origins: ["http://*/*", "https://*/*"] };

async function load() {
  const { sendCookies = false } = await api.storage.local.get("sendCookies");
  box.checked = sendCookies && (await api.permissions.contains(NEEDED));
}

box.addEventListener("change", async () => {
  if (box.checked) {
    // Asked only now, from this click: the extension cannot read cookies until allowed.
    const granted = await api.permissions.request(NEEDED);
    if (!granted) {
      box.checked = false;
      status.textContent = "Not allowed: links are sent without cookies.";
      return;
    }
  } else {
    await api.permissions.remove({ permissions: ["cookies"] });
  }
  await api.storage.local.set({ sendCookies: box.checked });
  status.textContent = box.checked ? "Cookies will be sent." : "Cookies will not be sent.";
});

load();
