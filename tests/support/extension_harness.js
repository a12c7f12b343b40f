// Runs packaging/browser-extension/background.js against a recording stand-in for the
// WebExtensions API, plays the events given as JSON in argv[3], prints what was sent.
"use strict";
const fs = require("fs");
const vm = require("vm");

const [script, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);
const sent = [];
const badges = [];
const listeners = {};
const on = (name) => ({ addListener: (fn) => { listeners[name] = fn; } });
const api = {
  runtime: {
    onInstalled: on("installed"),
    onStartup: on("startup"),
    sendNativeMessage: async (host, message) => {
      sent.push({ host, message });
      return scenario.reply;
    },
  },
  contextMenus: {
    created: [],
    removeAll: async () => {},
    create(item) { this.created.push(item); },
    onClicked: on("menu"),
  },
  action: {
    onClicked: on("action"),
    setBadgeText: async (b) => badges.push(b.text),
    setBadgeBackgroundColor: async () => {},
    setTitle: async () => {},
  },
  storage: { local: { get: async () => ({ sendCookies: scenario.sendCookies || false }) } },
  permissions: { contains: async () => scenario.cookiePermission || false },
  cookies: { getAll: async ({ url }) => (scenario.cookies || {})[url] || [] },
};
const context = { chrome: api, URL, console };
context.globalThis = context;
vm.createContext(context);
vm.runInContext(fs.readFileSync(script, "utf8"), context);

(async () => {
  await listeners.installed();
  for (const event of scenario.events) {
    if (event.kind === "menu") listeners.menu(event.info, event.tab);
    else listeners.action(event.tab);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  console.log(JSON.stringify({ menus: api.contextMenus.created, sent, badges }));
})();
