export default defineBackground(() => {
  // Wiring only: handlers are added by the extension work (issue 4).
});
