// The hostile page's script, shared by the Chromium and the Firefox suites (tests/e2e/hostile.test.ts,
// tests/e2e-firefox/hostile.test.ts): it runs before the content script, replaces fetch, JSON.parse, DOM
// methods and attachShadow, listens to every message, and records every call made from extension code
// (a chrome-extension:// or moz-extension:// frame on the stack).

export const HOSTILE_JS = `
const log = { fetch: 0, json: 0, stacks: [], messages: [], shadow: 0 };
window.__log = log;
const trap = (owner, name, counter) => {
  const original = owner[name];
  owner[name] = function (...args) {
    if (counter) log[counter]++;
    const stack = new Error().stack || '';
    if (/-extension:\\/\\//.test(stack)) log.stacks.push(name + ': ' + stack);
    return original.apply(this, args);
  };
};
trap(window, 'fetch', 'fetch');
trap(JSON, 'parse', 'json');
trap(Document.prototype, 'querySelectorAll');
trap(Element.prototype, 'getAttribute');
trap(Element.prototype, 'getBoundingClientRect');
trap(Node.prototype, 'appendChild');
trap(Element.prototype, 'append');
trap(Document.prototype, 'createElement');
trap(EventTarget.prototype, 'dispatchEvent');
const addListener = EventTarget.prototype.addEventListener;
trap(EventTarget.prototype, 'addEventListener');
const attachShadow = Element.prototype.attachShadow;
// The classic way into a closed shadow root: force every one open and keep it.
Element.prototype.attachShadow = function (init) {
  log.shadow++;
  window.__stolen = attachShadow.call(this, { ...init, mode: 'open' });
  return window.__stolen;
};
addListener.call(window, 'message', (event) => {
  log.messages.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
});
// Links that say "Privacy Policy" but lead to no web page.
const blob = document.getElementById('blob');
if (blob) blob.href = URL.createObjectURL(new Blob(['<h1>Privacy Policy</h1>'], { type: 'text/html' }));
window.__globals = Object.getOwnPropertyNames(window);
`;
