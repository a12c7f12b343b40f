// MediaDesk browser button: a context-menu item and a toolbar button that hand links to the
// MediaDesk desktop app through native messaging (host "app.mediadesk"). Works in Firefox
// (MV3 background script) and Chromium-based browsers (MV3 service worker).
"use strict";

const api = globalThis.browser ?? globalThis.chrome;
const HOST = "app.mediadesk";
const MENU_ID = "mediadesk-download";

function isWebUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch (_error) {
    return false;
  }
}

// The address a click means: the link, else the video/audio source when it is a real
// address (not blob: or data:), else the frame, else the page.
function linkFromClick(info, tab) {
  for (const candidate of [info.linkUrl, info.srcUrl, info.frameUrl, info.pageUrl, tab?.url]) {
    if (candidate && isWebUrl(candidate)) return candidate;
  }
  return "";
}

async function wantsCookies() {
  const { sendCookies = false } = await api.storage.local.get("sendCookies");
  if (!sendCookies || !api.cookies) return false;
  return api.permissions.contains({ permissions: ["cookies"] });
}

// The cookies of the sites involved, only when the user turned that on in the options.
async function cookiesFor(urls, tab) {
  if (!(await wantsCookies())) return [];
  const seen = new Map();
  for (const url of urls) {
    const query = { url };
    if (tab?.cookieStoreId) query.storeId = tab.cookieStoreId; // Firefox containers
    let cookies = [];
    try {
      cookies = await api.cookies.getAll(query);
    } catch (_error) {
      continue; // no host permission for this site: send its link without cookies
    }
    for (const c of cookies) {
      seen.set(`${c.domain}\t${c.path}\t${c.name}`, {
        name: c.name,
        value: c.value,
        domain: c.domain,
        path: c.path,
        secure: c.secure,
        httpOnly: c.httpOnly,
        hostOnly: c.hostOnly,
        session: c.session,
        expirationDate: c.expirationDate ?? 0,
      });
    }
  }
  return [...seen.values()];
}

async function showResult(tab, reply) {
  const tabId = tab?.id;
  const ok = reply && reply.ok === true;
  const text = ok ? `+${reply.queued}` : "!";
  const title = ok
    ? `MediaDesk: ${reply.queued} link(s) added`
    : `MediaDesk: ${(reply && reply.error) || "no answer"}`;
  try {
    await api.action.setBadgeBackgroundColor({ color: ok ? "#2e7d32" : "#c62828", tabId });
    await api.action.setBadgeText({ text, tabId });
    await api.action.setTitle({ title, tabId });
  } catch (_error) {
    // the tab may be gone; the result is still in the extension's console
  }
}

async function send(urls, tab) {
  const pageUrl = tab?.url && isWebUrl(tab.url) ? tab.url : "";
  const message = { action: "add", urls, page_url: pageUrl };
  const cookies = await cookiesFor(pageUrl ? [...urls, pageUrl] : urls, tab);
  if (cookies.length) message.cookies = cookies;
  let reply;
  try {
    reply = await api.runtime.sendNativeMessage(HOST, message);
  } catch (error) {
    reply = {
      ok: false,
      error: `${error?.message || error}. Is MediaDesk installed (packaging/install_desktop.py)?`,
    };
  }
  await showResult(tab, reply);
  return reply;
}

// Promise style only: Firefox's browser.* namespace takes no callbacks.
async function createMenu() {
  await api.contextMenus.removeAll();
  api.contextMenus.create({
    id: MENU_ID,
    title: "Download with MediaDesk",
    contexts: ["link", "page", "video", "audio", "frame"],
  });
}

api.runtime.onInstalled.addListener(createMenu);
api.runtime.onStartup?.addListener(createMenu);

api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID) return;
  const url = linkFromClick(info, tab);
  if (url) {
    send([url], tab);
  } else {
    showResult(tab, { ok: false, error: "this is not a web address" });
  }
});

api.action.onClicked.addListener((tab) => {
  if (tab?.url && isWebUrl(tab.url)) {
    send([tab.url], tab);
  } else {
    showResult(tab, { ok: false, error: "this page is not a web address" });
  }
});

// For tests and the options page: send links as the buttons do.
globalThis.mediadeskSend = send;
