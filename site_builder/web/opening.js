/* Routekaart: "nu open" / "opent om ..." for a loket, computed in the reader's browser from the
 * OpenStreetMap opening_hours string on the page (the common subset the build validates). */
(function () {
  "use strict";
  const DAYS = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];
  const ORDER = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
  function parse(text) {
    const week = {};
    ORDER.forEach((d) => (week[d] = []));
    if (text.trim() === "24/7") { ORDER.forEach((d) => (week[d] = [["00:00", "24:00"]])); return week; }
    for (const rule of text.split(";").map((r) => r.trim()).filter(Boolean)) {
      const space = rule.indexOf(" ");
      const days = [];
      for (const part of rule.slice(0, space).split(",")) {
        if (part === "PH") continue;
        if (part.includes("-")) {
          const [a, b] = part.split("-");
          let i = ORDER.indexOf(a);
          for (;;) { days.push(ORDER[i]); if (ORDER[i] === b) break; i = (i + 1) % 7; }
        } else days.push(part);
      }
      const spec = rule.slice(space + 1).trim();
      const times = spec === "off" ? [] : spec.split(",").map((s) => s.trim().split("-"));
      days.forEach((d) => (week[d] = times));
    }
    return week;
  }
  for (const node of document.querySelectorAll("[data-opening-hours]")) {
    const week = parse(node.dataset.openingHours);
    const now = new Date();
    const hhmm = (d) => String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
    const today = week[DAYS[now.getDay()]] || [];
    const time = hhmm(now);
    const open = today.find(([a, b]) => a <= time && time < b);
    let text;
    if (open) text = node.dataset.openText.replace("{tijd}", open[1]);
    else {
      text = node.dataset.closedText;
      for (let offset = 0; offset < 8; offset++) {
        const day = DAYS[(now.getDay() + offset) % 7];
        const slot = (week[day] || []).find(([a]) => offset > 0 || a > time);
        if (slot) {
          const name = node.dataset["day" + day];
          text = (offset === 0 ? node.dataset.opensToday : node.dataset.opensOn)
            .replace("{dag}", name).replace("{tijd}", slot[0]);
          break;
        }
      }
    }
    node.textContent = text;
    node.hidden = false;
  }
})();
