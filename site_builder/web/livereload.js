// Routekaart live preview: only `routekaart serve` adds this script to pages, never a build.
// It listens to the local server (Server-Sent Events on the same host, allowed by the page's
// Content-Security-Policy as connect-src 'self'), reloads the page when the server rebuilt it
// and shows a build error with file:line on top of the last good page.
(() => {
  "use strict";
  let first = null;
  let box = null;

  function hide() {
    if (box) {
      box.remove();
      box = null;
    }
  }

  function show(message) {
    if (!box) {
      box = document.createElement("div");
      box.id = "routekaart-bouwfout";
      box.setAttribute("role", "alert");
      Object.assign(box.style, {
        position: "fixed", inset: "auto 0 0 0", zIndex: "10000", maxHeight: "60vh",
        overflow: "auto", background: "#fff4f4", color: "#5c0000",
        borderTop: "4px solid #b00020", padding: "1rem 1.25rem",
        font: "15px/1.5 system-ui, sans-serif", boxShadow: "0 -4px 16px rgba(0,0,0,.2)",
      });
      const title = document.createElement("strong");
      title.textContent = "De site is niet bijgewerkt: er staat een fout in de gegevens. " +
        "U ziet de laatste goede versie.";
      const text = document.createElement("pre");
      Object.assign(text.style, { whiteSpace: "pre-wrap", margin: ".5rem 0 0", font: "inherit" });
      box.append(title, text);
      document.body.append(box);
    }
    box.querySelector("pre").textContent = message;
  }

  // the version of the site this page was served from (the server writes it on the tag)
  const version = (document.currentScript && document.currentScript.dataset.versie) || "0";
  const page = encodeURIComponent(location.pathname.replace(/index\.html$/, ""));
  const events = new EventSource(`/__routekaart/events?pagina=${page}&versie=${version}`);
  events.addEventListener("state", (event) => {
    const state = JSON.parse(event.data);
    if (first === null) {
      first = state.server;
    } else if (state.server !== first) {
      location.reload();          // the server was restarted: everything may have changed
      return;
    }
    if (state.error) {
      show(state.error);
    } else {
      hide();
    }
    if (state.reload) {
      location.reload();
    }
  });
})();
